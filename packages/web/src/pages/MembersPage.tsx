import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, fieldErrors } from '../api/client.js';
import type { Member, Unit } from '../api/types.js';
import { useApp, usePageTitle, useSession } from '../app/context.js';
import { useSubmit } from '../app/useAction.js';
import { ErrorAlert, SelectField, TextAreaField, TextField } from '../components/forms.js';
import { ROLES, type Role } from '../constants.js';
import { MAX_PASSWORD, MIN_PASSWORD } from './AccountPage.js';
import { UnitsSection } from './UnitsSection.js';

export function MembersPage() {
  const { api, t, announce } = useApp();
  const session = useSession();
  const [members, setMembers] = useState<Member[] | null>(null);
  const [units, setUnits] = useState<Unit[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [rowError, setRowError] = useState<unknown>(null);
  const [resetting, setResetting] = useState<Member | null>(null);
  const [resetDone, setResetDone] = useState<Member | null>(null);
  usePageTitle(t('members.heading'));

  useEffect(() => {
    let live = true;
    Promise.all([api.members(), api.units()])
      .then(([list, unitList]) => {
        if (!live) return;
        setMembers(list);
        setUnits(unitList);
      })
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [api]);

  const changeRole = async (member: Member, role: Role) => {
    setRowError(null);
    try {
      const updated = await api.updateMember(member.id, { role });
      setMembers((list) => list?.map((m) => (m.id === member.id ? { ...m, ...updated } : m)) ?? null);
      announce(t('members.roleChanged', { name: member.name, role: t(`role.${role}`) }));
    } catch (e) {
      setRowError(e);
    }
  };

  const changeUnit = async (member: Member, unitId: string | null) => {
    setRowError(null);
    try {
      const updated = await api.updateMember(member.id, { unitId });
      setMembers((list) => list?.map((m) => (m.id === member.id ? { ...m, ...updated } : m)) ?? null);
      const unit = units.find((u) => u.id === unitId);
      announce(
        unit
          ? t('members.unitChanged', { name: member.name, unit: unit.name })
          : t('members.unitCleared', { name: member.name }),
      );
    } catch (e) {
      setRowError(e);
    }
  };

  const remove = async (member: Member) => {
    if (!window.confirm(t('members.removeConfirm', { name: member.name }))) return;
    setRowError(null);
    try {
      await api.removeMember(member.id);
      setMembers((list) => list?.filter((m) => m.id !== member.id) ?? null);
      announce(t('members.removed', { name: member.name }));
    } catch (e) {
      setRowError(e);
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>{t('members.heading')}</h1>
      <ErrorAlert error={error} />
      <ErrorAlert error={rowError} />
      {members === null && !error && <p aria-busy="true">{t('common.loading')}</p>}
      {members && (
        <table className="data-table">
          <caption className="visually-hidden">{t('members.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('field.name')}</th>
              <th scope="col">{t('field.email')}</th>
              <th scope="col">{t('field.role')}</th>
              <th scope="col">{t('members.unit')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => {
              const self = m.email === session.user.email;
              return (
                <tr key={m.id}>
                  <th scope="row">{m.name}</th>
                  <td>{m.email}</td>
                  <td>
                    <label className="visually-hidden" htmlFor={`role-${m.id}`}>
                      {t('members.roleOf', { name: m.name })}
                    </label>
                    <select
                      id={`role-${m.id}`}
                      value={m.role}
                      disabled={self}
                      onChange={(e) => void changeRole(m, e.target.value as Role)}
                    >
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {t(`role.${r}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <label className="visually-hidden" htmlFor={`unit-${m.id}`}>
                      {t('members.unitOf', { name: m.name })}
                    </label>
                    <select
                      id={`unit-${m.id}`}
                      value={m.unitId ?? ''}
                      onChange={(e) => void changeUnit(m, e.target.value || null)}
                    >
                      <option value="">{t('members.noUnit')}</option>
                      {units.map((u) => (
                        <option key={u.id} value={u.id}>
                          {u.name}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {!self && (
                      <div className="form-actions">
                        <button
                          type="button"
                          className="small-button"
                          aria-expanded={resetting?.id === m.id}
                          onClick={() => {
                            setResetDone(null);
                            setResetting(m);
                          }}
                        >
                          {t('members.reset')}
                          <span className="visually-hidden"> {m.name}</span>
                        </button>
                        <button type="button" className="small-button danger" onClick={() => void remove(m)}>
                          {t('members.remove')}
                          <span className="visually-hidden"> {m.name}</span>
                        </button>
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {resetDone && (
        <div className="alert alert-info">
          <p>{t('members.resetDone', { name: resetDone.name })}</p>
        </div>
      )}
      {resetting && (
        <ResetPasswordForm
          key={resetting.id}
          member={resetting}
          onDone={() => {
            setResetDone(resetting);
            setResetting(null);
          }}
          onCancel={() => setResetting(null)}
        />
      )}
      <AddMemberForm onAdded={(m) => setMembers((list) => [...(list ?? []), m])} />
      {members && (
        <UnitsSection
          units={units}
          onChange={setUnits}
          onRemoved={(unit) =>
            setMembers(
              (list) => list?.map((m) => (m.unitId === unit.id ? { ...m, unitId: null } : m)) ?? null,
            )
          }
        />
      )}
      <ValuesForm />
      <section className="role-help" aria-labelledby="roles-heading">
        <h2 id="roles-heading">{t('members.rolesHeading')}</h2>
        <dl>
          {ROLES.map((r) => (
            <div key={r}>
              <dt>{t(`role.${r}`)}</dt>
              <dd>{t(`roleHelp.${r}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}

/**
 * An administrator's reset: a temporary password the member must replace at their next sign-in. An
 * account that is also a member of another organization can only be reset on the server.
 */
function ResetPasswordForm({
  member,
  onDone,
  onCancel,
}: {
  member: Member;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { api, t, announce } = useApp();
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const fields = fieldErrors(error);
  const elsewhere = error instanceof ApiError && error.reason === 'member-elsewhere';

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
      setPasswordError(t('members.resetLength', { min: MIN_PASSWORD, max: MAX_PASSWORD }));
      return;
    }
    setPasswordError(undefined);
    setBusy(true);
    try {
      await api.resetMemberPassword(member.id, password);
      announce(t('members.resetDone', { name: member.name }));
      onDone();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="reset-heading">
      <h2 id="reset-heading" tabIndex={-1} ref={heading}>
        {t('members.resetHeading', { name: member.name })}
      </h2>
      <p>{t('members.resetIntro', { name: member.name })}</p>
      {elsewhere ? (
        <div className="alert alert-error" role="alert">
          <p>{(error as ApiError).message}</p>
          <p>
            {t('members.resetElsewhere')} <code>charte user passwd --email {member.email}</code>
          </p>
        </div>
      ) : (
        <ErrorAlert error={error} shownFields={['newPassword']} />
      )}
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('members.resetPassword')}
          hint={t('members.resetHint', { min: MIN_PASSWORD, max: MAX_PASSWORD })}
          type="password"
          name="newPassword"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={passwordError ?? fields.newPassword}
        />
        <div className="form-actions">
          <button type="submit" className="primary-button" disabled={busy}>
            {t('members.resetSubmit')}
          </button>
          <button type="button" className="secondary-button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

function AddMemberForm({ onAdded }: { onAdded: (member: Member) => void }) {
  const { api, t, announce } = useApp();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('communications');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useSubmit();
  const fields = fieldErrors(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      const member = await api.addMember({ email: email.trim(), name: name.trim(), role, password });
      onAdded(member);
      announce(t('members.added', { name: member.name }));
      setEmail('');
      setName('');
      setPassword('');
    });
  };

  return (
    <section className="card" aria-labelledby="add-member-heading">
      <h2 id="add-member-heading">{t('members.add')}</h2>
      <ErrorAlert error={error} shownFields={['email', 'name', 'role', 'password']} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('field.name')}
          name="name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fields.name}
        />
        <TextField
          label={t('field.email')}
          type="email"
          name="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fields.email}
        />
        <SelectField
          label={t('field.role')}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          error={fields.role}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('field.initialPassword')}
          hint={t('field.passwordHint')}
          type="password"
          name="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fields.password}
        />
        <button type="submit" className="primary-button" disabled={busy}>
          {t('members.addSubmit')}
        </button>
      </form>
    </section>
  );
}

/** The organization's values, which initiatives carry: one per line. */
function ValuesForm() {
  const { api, t, announce } = useApp();
  // null until loaded: the field appears only then, so that nothing typed is overwritten.
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api
      .organization()
      .then((org) => live && setText(org.values.join('\n')))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [api]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const values = (text ?? '')
        .split('\n')
        .map((v) => v.trim())
        .filter(Boolean);
      const org = await api.updateOrganization({ values });
      setText(org.values.join('\n'));
      announce(t('values.saved'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="values-heading">
      <h2 id="values-heading">{t('values.heading')}</h2>
      <p>{t('values.intro')}</p>
      <ErrorAlert error={error} />
      {text === null && !error && <p aria-busy="true">{t('common.loading')}</p>}
      {text !== null && (
        <form className="form" onSubmit={submit} noValidate>
          <TextAreaField
            label={t('values.label')}
            rows={5}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className="primary-button" disabled={busy}>
            {t('values.save')}
          </button>
        </form>
      )}
    </section>
  );
}
