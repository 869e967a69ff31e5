import { type FormEvent, useEffect, useState } from 'react';
import { ApiError } from '../api/client.js';
import type { DemoInfo } from '../api/types.js';
import { useApp, usePageTitle } from '../app/context.js';
import { navigate } from '../app/navigation.js';
import { ErrorAlert, TextField } from '../components/forms.js';

export function LoginPage({ next }: { next?: string }) {
  const { api, t, setSession } = useApp();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [demo, setDemo] = useState<DemoInfo | null>(null);
  usePageTitle(t('login.heading'));

  useEffect(() => {
    let live = true;
    api
      .demo()
      .then((info) => live && setDemo(info))
      .catch(() => {
        // No demo information: the ordinary login page.
      });
    return () => {
      live = false;
    };
  }, [api]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await api.login(email.trim(), password);
      setSession(session);
      navigate(next ?? '/', { replace: true, force: true });
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  const badCredentials =
    error instanceof ApiError && (error.code === 'bad-credentials' || error.status === 401);

  return (
    <div className="narrow">
      <h1 tabIndex={-1}>{t('login.heading')}</h1>
      <p>{t('login.intro')}</p>
      {error ? (
        badCredentials ? (
          <div className="alert alert-error" role="alert">
            <p>{t('login.badCredentials')}</p>
          </div>
        ) : (
          <ErrorAlert error={error} shownFields={['email', 'password']} />
        )
      ) : null}
      <form onSubmit={submit} className="form" noValidate>
        <TextField
          label={t('field.email')}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <TextField
          label={t('field.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" className="primary-button" disabled={busy}>
          {busy ? t('login.busy') : t('login.submit')}
        </button>
      </form>
      {demo?.demo && demo.accounts && demo.accounts.length > 0 && (
        <section className="demo-box" aria-labelledby="demo-heading">
          <h2 id="demo-heading">{t('demo.heading')}</h2>
          <p>
            {t('demo.intro')}{' '}
            {demo.password && (
              <>
                {t('demo.password')} <code>{demo.password}</code>
              </>
            )}
          </p>
          <ul className="demo-accounts">
            {demo.accounts.map((account) => (
              <li key={account.email}>
                <span>
                  <code>{account.email}</code> — {t(`role.${account.role}`)}
                </span>
                <button
                  type="button"
                  className="small-button"
                  onClick={() => {
                    setEmail(account.email);
                    if (demo.password) setPassword(demo.password);
                  }}
                >
                  {t('demo.use', { role: t(`role.${account.role}`) })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
