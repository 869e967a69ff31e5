import { type FormEvent, useEffect, useState } from 'react';
import { fieldErrors } from '../api/client.js';
import type { Unit } from '../api/types.js';
import { useApp, usePageTitle, useSession } from '../app/context.js';
import { Link } from '../app/Link.js';
import { navigate } from '../app/navigation.js';
import { can } from '../app/permissions.js';
import { routePath } from '../app/routes.js';
import { ErrorAlert, SelectField, TextAreaField, TextField } from '../components/forms.js';

/** Platform names are brands: the same in both languages. */
export const PLATFORMS = [
  'Facebook',
  'Instagram',
  'LinkedIn',
  'YouTube',
  'TikTok',
  'X',
  'Threads',
  'Bluesky',
];

export function InitiativeFormPage() {
  const { api, t, announce } = useApp();
  const session = useSession();
  const [units, setUnits] = useState<Unit[]>([]);
  const [orgValues, setOrgValues] = useState<string[] | null>(null);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [platforms, setPlatforms] = useState<string[]>([]);
  const [accountUrl, setAccountUrl] = useState('');
  const [unitId, setUnitId] = useState('');
  const [audience, setAudience] = useState('');
  const [values, setValues] = useState<string[]>([]);
  const [studentsAppear, setStudentsAppear] = useState(false);
  const [consentObtained, setConsentObtained] = useState(false);
  const [consentNote, setConsentNote] = useState('');
  const [publicOk, setPublicOk] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fields = fieldErrors(error);
  usePageTitle(t('initiativeForm.heading'));

  useEffect(() => {
    let live = true;
    Promise.all([api.units(), api.organization()])
      .then(([u, org]) => {
        if (!live) return;
        setUnits(u);
        setOrgValues(org.values);
      })
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [api]);

  const toggle = (list: string[], item: string) =>
    list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await api.proposeInitiative({
        title: title.trim(),
        description: description.trim(),
        platforms,
        ...(accountUrl.trim() ? { accountUrl: accountUrl.trim() } : {}),
        unitId: unitId || null,
        audience: audience.trim(),
        values,
        studentsAppear,
        ...(studentsAppear
          ? {
              consent: {
                obtained: consentObtained,
                ...(consentNote.trim() ? { note: consentNote.trim() } : {}),
              },
            }
          : {}),
        publicOk,
      });
      announce(t('initiativeForm.sent'));
      navigate(routePath({ name: 'initiative', initiativeId: created.id }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const groupError = (name: string) =>
    fields[name] ?? Object.entries(fields).find(([k]) => k.startsWith(`${name}.`))?.[1];

  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link href={routePath({ name: 'initiatives' })}>{t('nav.initiatives')}</Link>
          </li>
          <li aria-current="page">{t('initiativeForm.heading')}</li>
        </ol>
      </nav>
      <h1 tabIndex={-1}>{t('initiativeForm.heading')}</h1>
      <p>{t('initiatives.intro')}</p>
      <ErrorAlert
        error={error}
        shownFields={[
          'title',
          'description',
          'platforms',
          'accountUrl',
          'unitId',
          'audience',
          'values',
          'consent',
        ]}
      />
      <form className="form card" onSubmit={submit} noValidate>
        <TextField
          label={t('initiativeForm.title')}
          required
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={fields.title}
        />
        <TextAreaField
          label={t('initiativeForm.description')}
          required
          rows={5}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={fields.description}
        />
        <fieldset className={`checkbox-group${groupError('platforms') ? ' field-invalid' : ''}`}>
          <legend>{t('initiativeForm.platforms')}</legend>
          {PLATFORMS.map((p) => (
            <label key={p}>
              <input
                type="checkbox"
                checked={platforms.includes(p)}
                onChange={() => setPlatforms((l) => toggle(l, p))}
              />{' '}
              {p}
            </label>
          ))}
          {groupError('platforms') && <p className="field-error">{groupError('platforms')}</p>}
        </fieldset>
        <TextField
          label={t('initiativeForm.accountUrl')}
          hint={t('initiativeForm.accountUrlHint')}
          type="url"
          value={accountUrl}
          onChange={(e) => setAccountUrl(e.target.value)}
          error={fields.accountUrl}
        />
        <SelectField
          label={t('initiativeForm.unit')}
          value={unitId}
          onChange={(e) => setUnitId(e.target.value)}
          error={fields.unitId}
        >
          <option value="">{t('initiativeForm.noUnit')}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('initiativeForm.audience')}
          required
          value={audience}
          onChange={(e) => setAudience(e.target.value)}
          error={fields.audience}
        />
        <fieldset className={`checkbox-group${groupError('values') ? ' field-invalid' : ''}`}>
          <legend>{t('initiativeForm.values')}</legend>
          {orgValues?.length === 0 && (
            <p className="field-hint">
              {t('initiativeForm.noValues')}{' '}
              {can(session.role, 'manageMembers') && (
                <Link href={`${routePath({ name: 'members' })}#values-heading`}>
                  {t('initiativeForm.setValues')}
                </Link>
              )}
            </p>
          )}
          {orgValues?.map((v) => (
            <label key={v}>
              <input
                type="checkbox"
                checked={values.includes(v)}
                onChange={() => setValues((l) => toggle(l, v))}
              />{' '}
              {v}
            </label>
          ))}
          {groupError('values') && <p className="field-error">{groupError('values')}</p>}
        </fieldset>
        <div className="field checkbox-field">
          <label>
            <input
              type="checkbox"
              checked={studentsAppear}
              onChange={(e) => setStudentsAppear(e.target.checked)}
            />{' '}
            {t('initiativeForm.studentsAppear')}
          </label>
        </div>
        {studentsAppear && (
          <fieldset className={groupError('consent') ? 'field-invalid' : undefined}>
            <legend>{t('initiative.students')}</legend>
            <div className="field checkbox-field">
              <label>
                <input
                  type="checkbox"
                  checked={consentObtained}
                  onChange={(e) => setConsentObtained(e.target.checked)}
                />{' '}
                {t('initiativeForm.consentObtained')}
              </label>
            </div>
            <TextField
              label={t('initiativeForm.consentNote')}
              value={consentNote}
              onChange={(e) => setConsentNote(e.target.value)}
            />
            {groupError('consent') && <p className="field-error">{groupError('consent')}</p>}
          </fieldset>
        )}
        <div className="field checkbox-field">
          <label>
            <input type="checkbox" checked={publicOk} onChange={(e) => setPublicOk(e.target.checked)} />{' '}
            {t('initiativeForm.publicOk')}
          </label>
        </div>
        <div className="form-actions">
          <button type="submit" className="primary-button" disabled={busy}>
            {t('initiativeForm.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
