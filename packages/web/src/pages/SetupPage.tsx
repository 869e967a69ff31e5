import { type FormEvent, useState } from 'react';
import { fieldErrors } from '../api/client.js';
import { useApp, usePageTitle } from '../app/context.js';
import { navigate } from '../app/navigation.js';
import { ErrorAlert, TextField } from '../components/forms.js';
import { LANGS, type Lang } from '../constants.js';

export function SetupPage() {
  const { api, t, setSession, lang: uiLang } = useApp();
  const [orgName, setOrgName] = useState('');
  const [slug, setSlug] = useState('');
  const [orgLang, setOrgLang] = useState<Lang>(uiLang);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('setup.heading'));
  const fields = fieldErrors(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await api.setup({
        organization: { name: orgName.trim(), ...(slug.trim() ? { slug: slug.trim() } : {}), lang: orgLang },
        admin: { email: email.trim(), name: name.trim(), password },
      });
      setSession(session);
      navigate('/', { replace: true, force: true });
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  const shown = ['organization.name', 'organization.slug', 'admin.name', 'admin.email', 'admin.password'];
  return (
    <div className="narrow">
      <h1 tabIndex={-1}>{t('setup.heading')}</h1>
      <p>{t('setup.intro')}</p>
      <ErrorAlert error={error} shownFields={shown} />
      <form onSubmit={submit} className="form" noValidate>
        <fieldset>
          <legend>{t('setup.organization')}</legend>
          <TextField
            label={t('field.orgName')}
            name="organization-name"
            required
            value={orgName}
            onChange={(e) => setOrgName(e.target.value)}
            error={fields['organization.name']}
          />
          <TextField
            label={t('field.slugOptional')}
            hint={t('field.slugHint')}
            name="organization-slug"
            value={slug}
            onChange={(e) => setSlug(e.target.value)}
            error={fields['organization.slug']}
          />
          <fieldset className="radio-group">
            <legend>{t('field.orgLang')}</legend>
            {LANGS.map((l) => (
              <label key={l}>
                <input
                  type="radio"
                  name="organization-lang"
                  value={l}
                  checked={orgLang === l}
                  onChange={() => setOrgLang(l)}
                />{' '}
                {t(`lang.${l}`)}
              </label>
            ))}
          </fieldset>
        </fieldset>
        <fieldset>
          <legend>{t('setup.admin')}</legend>
          <TextField
            label={t('field.name')}
            name="admin-name"
            autoComplete="name"
            required
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={fields['admin.name']}
          />
          <TextField
            label={t('field.email')}
            type="email"
            name="admin-email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={fields['admin.email']}
          />
          <TextField
            label={t('field.password')}
            hint={t('field.passwordHint')}
            type="password"
            name="admin-password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={fields['admin.password']}
          />
        </fieldset>
        <button type="submit" className="primary-button" disabled={busy}>
          {busy ? t('setup.busy') : t('setup.submit')}
        </button>
      </form>
    </div>
  );
}
