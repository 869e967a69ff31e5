import { type FormEvent, useRef, useState } from 'react';
import { ApiError, fieldErrors } from '../api/client.js';
import { useApp, usePageTitle, useSession } from '../app/context.js';
import { navigate } from '../app/navigation.js';
import { ErrorAlert, TextField } from '../components/forms.js';

/** The password rules of the API (docs/api.md): what the form checks before sending. */
export const MIN_PASSWORD = 10;
export const MAX_PASSWORD = 256;

/**
 * The signed-in member's own page: their name and their password. After an administrator's reset the
 * app sends them here first (the rest waits until they have chosen their own password).
 */
export function AccountPage() {
  const { t } = useApp();
  const session = useSession();
  usePageTitle(t('account.heading'));
  const forced = session.mustChangePassword;
  return (
    <div className="narrow">
      <h1 tabIndex={-1}>{t('account.heading')}</h1>
      {forced ? (
        <div className="alert alert-warning">
          <p>{t('account.mustChange')}</p>
        </div>
      ) : (
        <ProfileForm />
      )}
      <PasswordForm forced={forced} />
    </div>
  );
}

function ProfileForm() {
  const { api, t, announce, setSession } = useApp();
  const session = useSession();
  const [name, setName] = useState(session.user.name);
  const [nameError, setNameError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const fields = fieldErrors(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSaved(false);
    if (!name.trim()) {
      setNameError(t('account.nameRequired'));
      return;
    }
    setNameError(undefined);
    setBusy(true);
    try {
      const updated = await api.updateMe({ name: name.trim() });
      setSession(updated);
      setName(updated.user.name);
      setSaved(true);
      announce(t('account.profileSaved'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('account.profile')}</h2>
      <dl className="account-facts">
        <div>
          <dt>{t('field.email')}</dt>
          <dd>{session.user.email}</dd>
        </div>
        <div>
          <dt>{t('field.role')}</dt>
          <dd>
            {t(`role.${session.role}`)} — {session.organization.name}
          </dd>
        </div>
      </dl>
      <ErrorAlert error={error} shownFields={['name']} />
      {saved && (
        <div className="alert alert-info">
          <p>{t('account.profileSaved')}</p>
        </div>
      )}
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('account.name')}
          hint={t('account.nameHint')}
          name="name"
          autoComplete="name"
          required
          maxLength={200}
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            setSaved(false);
          }}
          error={nameError ?? fields.name}
        />
        <button type="submit" className="primary-button" disabled={busy}>
          {t('account.saveProfile')}
        </button>
      </form>
    </section>
  );
}

type PasswordField = 'currentPassword' | 'newPassword' | 'confirm';

function PasswordForm({ forced }: { forced: boolean }) {
  const { api, t, announce, setSession } = useApp();
  const { user } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Partial<Record<PasswordField, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  /** Moves focus to the first field in error, so that it is read first. */
  const focusFirstError = (found: Partial<Record<PasswordField, string>>) => {
    const first = (['currentPassword', 'newPassword', 'confirm'] as const).find((f) => found[f]);
    if (first)
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setDone(false);
    // The rules the server applies, checked here first so each message sits by its field.
    const found: Partial<Record<PasswordField, string>> = {};
    if (!current) found.currentPassword = t('account.currentRequired');
    if (next.length < MIN_PASSWORD || next.length > MAX_PASSWORD)
      found.newPassword = t('account.newLength', { min: MIN_PASSWORD, max: MAX_PASSWORD });
    else if (next === current) found.newPassword = t('account.newSame');
    if (!found.newPassword && confirm !== next) found.confirm = t('account.confirmMismatch');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError(found);
      return;
    }
    setBusy(true);
    try {
      const session = await api.changePassword(current, next);
      setCurrent('');
      setNext('');
      setConfirm('');
      announce(t('account.passwordChanged'));
      setSession(session);
      if (forced) navigate('/', { replace: true, force: true });
      else setDone(true);
    } catch (e) {
      const fromServer = fieldErrors(e);
      const mapped: Partial<Record<PasswordField, string>> = {
        ...(fromServer.currentPassword ? { currentPassword: fromServer.currentPassword } : {}),
        ...(fromServer.newPassword ? { newPassword: fromServer.newPassword } : {}),
      };
      setErrors(mapped);
      setError(e);
      focusFirstError(mapped);
    } finally {
      setBusy(false);
    }
  };

  // A wrong current password is said by its field; the alert above the form stays for the rest.
  const alertError = error instanceof ApiError && error.code === 'wrong-password' ? null : (error as unknown);

  return (
    <section className="card" aria-labelledby="password-heading">
      <h2 id="password-heading">{t('account.password')}</h2>
      <ErrorAlert error={alertError} shownFields={['currentPassword', 'newPassword']} />
      {done && (
        <div className="alert alert-info">
          <p>{t('account.passwordChanged')}</p>
        </div>
      )}
      <form className="form" onSubmit={submit} noValidate ref={formRef}>
        {/* The e-mail, for password managers that file the new password under the account. */}
        <input type="hidden" name="username" autoComplete="username" value={user.email} />
        <TextField
          label={forced ? t('account.temporary') : t('account.current')}
          type="password"
          name="currentPassword"
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          error={errors.currentPassword}
        />
        <TextField
          label={t('account.new')}
          hint={t('account.rules', { min: MIN_PASSWORD, max: MAX_PASSWORD })}
          type="password"
          name="newPassword"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD}
          maxLength={MAX_PASSWORD}
          value={next}
          onChange={(e) => setNext(e.target.value)}
          error={errors.newPassword}
        />
        <TextField
          label={t('account.confirm')}
          type="password"
          name="confirm"
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          error={errors.confirm}
        />
        <button type="submit" className="primary-button" disabled={busy}>
          {t('account.changePassword')}
        </button>
      </form>
    </section>
  );
}
