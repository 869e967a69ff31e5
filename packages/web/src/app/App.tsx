import {
  lazy,
  type ReactNode,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { ApiClient, ApiError } from '../api/client.js';
import type { Session } from '../api/types.js';
import { ErrorAlert } from '../components/forms.js';
import { LANGS, type Lang } from '../constants.js';
import {
  formatDateTime,
  initialLang,
  type MessageKey,
  type Params,
  type PluralBase,
  rememberLang,
  translate,
  translatePlural,
} from '../i18n/index.js';
import { AccountPage } from '../pages/AccountPage.js';
import { AuditPage } from '../pages/AuditPage.js';
import { CharterPage } from '../pages/CharterPage.js';
import { ChartersPage } from '../pages/ChartersPage.js';
import { HighlightsPage } from '../pages/HighlightsPage.js';
import { IdeaPage } from '../pages/IdeaPage.js';
import { IdeasPage } from '../pages/IdeasPage.js';
import { InitiativeFormPage } from '../pages/InitiativeFormPage.js';
import { InitiativePage } from '../pages/InitiativePage.js';
import { InitiativesPage } from '../pages/InitiativesPage.js';
import { LoginPage } from '../pages/LoginPage.js';
import { MembersPage } from '../pages/MembersPage.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { NOTIFICATIONS_CHANGED, NotificationsPage } from '../pages/NotificationsPage.js';
import { RecognitionPage } from '../pages/RecognitionPage.js';
import { SetupPage } from '../pages/SetupPage.js';
import { AppContext, type AppContextValue, useApp } from './context.js';
import { Link } from './Link.js';
import { currentPath, navigate, subscribe } from './navigation.js';
import { can } from './permissions.js';
import { parseRoute, type Route, routePath } from './routes.js';

// The editor (CodeMirror, Markdown) is loaded with its page: the other pages do not pay for it.
const EditorPage = lazy(() => import('../pages/EditorPage.js').then((m) => ({ default: m.EditorPage })));

type Boot =
  | { state: 'loading' }
  | { state: 'ready'; setupNeeded: boolean }
  | { state: 'failed'; error: unknown };

/** Where a route must send the person instead, given setup and session; null to stay. */
function redirectFor(
  route: Route,
  setupNeeded: boolean,
  session: Session | null,
  path: string,
): string | null {
  if (setupNeeded) return route.name === 'setup' ? null : routePath({ name: 'setup' });
  if (route.name === 'setup') return session ? '/' : routePath({ name: 'login' });
  if (!session) return route.name === 'login' ? null : routePath({ name: 'login', next: path });
  // After an administrator's reset, the member chooses their own password before anything else.
  if (session.mustChangePassword) return route.name === 'account' ? null : routePath({ name: 'account' });
  if (route.name === 'login') return route.next ?? '/';
  return null;
}

export function App() {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [session, setSessionState] = useState<Session | null>(null);
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });
  const [announcement, setAnnouncement] = useState('');
  const langRef = useRef(lang);
  langRef.current = lang;
  const path = useSyncExternalStore(subscribe, currentPath);

  const api = useMemo(
    () =>
      new ApiClient({
        lang: () => langRef.current,
        onUnauthenticated: () => {
          // Not forced: with unsaved text the editor's guard asks first, and the text stays on screen
          // (with the error) if the person chooses to copy it before signing in again.
          if (navigate(routePath({ name: 'login', next: currentPath() }), { replace: true }))
            setSessionState(null);
        },
      }),
    [],
  );

  const applyLang = useCallback((next: Lang) => {
    setLangState(next);
    rememberLang(next);
  }, []);

  const setSession = useCallback(
    (next: Session | null) => {
      setSessionState(next);
      if (next) applyLang(next.user.uiLang);
    },
    [applyLang],
  );

  // Startup: first-run setup, then the current session if any.
  useEffect(() => {
    let live = true;
    (async () => {
      const { needed } = await api.setupNeeded();
      if (needed) return { setupNeeded: true, session: null };
      try {
        return { setupNeeded: false, session: await api.me() };
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return { setupNeeded: false, session: null };
        throw error;
      }
    })()
      .then((result) => {
        if (!live) return;
        if (result.session) setSession(result.session);
        setBoot({ state: 'ready', setupNeeded: result.setupNeeded });
      })
      .catch((error: unknown) => live && setBoot({ state: 'failed', error }));
    return () => {
      live = false;
    };
  }, [api, setSession]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback(
    (next: Lang) => {
      applyLang(next);
      if (session) {
        api
          .updateMe({ uiLang: next })
          .then((updated) => setSessionState(updated))
          .catch(() => {
            // The choice still holds on this browser; the server will hear it next time.
          });
      }
    },
    [api, applyLang, session],
  );

  const announce = useCallback((message: string) => {
    // Emptied first so that the same message twice is read twice.
    setAnnouncement('');
    window.setTimeout(() => setAnnouncement(message), 50);
  }, []);

  const context: AppContextValue = useMemo(
    () => ({
      api,
      session,
      setSession: (next) => {
        setSession(next);
        if (next && boot.state === 'ready' && boot.setupNeeded)
          setBoot({ state: 'ready', setupNeeded: false });
      },
      lang,
      setLang,
      t: (key: MessageKey, params?: Params) => translate(lang, key, params),
      tp: (base: PluralBase, count: number, params?: Params) => translatePlural(lang, base, count, params),
      date: (iso) => formatDateTime(lang, iso),
      announce,
    }),
    [api, session, setSession, lang, setLang, announce, boot],
  );

  const url = new URL(path, 'http://app');
  const route = parseRoute(url.pathname, url.search);
  const redirect = boot.state === 'ready' ? redirectFor(route, boot.setupNeeded, session, path) : null;

  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true, force: true });
  }, [redirect]);

  // After a move to another page, focus goes to its heading so that screen readers start there.
  const firstPath = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of page, which `path` is
  useEffect(() => {
    if (firstPath.current) {
      firstPath.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      const heading = document.querySelector<HTMLElement>('#main h1');
      (heading ?? document.getElementById('main'))?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [url.pathname]);

  const t = context.t;
  let page: ReactNode;
  if (boot.state === 'loading' || redirect) page = <p aria-busy="true">{t('common.loading')}</p>;
  else if (boot.state === 'failed')
    page = (
      <>
        <h1 tabIndex={-1}>{t('boot.failed')}</h1>
        <ErrorAlert error={boot.error} />
      </>
    );
  else
    page = (
      <Suspense fallback={<p aria-busy="true">{t('common.loading')}</p>}>
        <RoutePage route={route} session={session} />
      </Suspense>
    );

  return (
    <AppContext.Provider value={context}>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <Header route={route} />
      <main id="main" tabIndex={-1}>
        {page}
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </AppContext.Provider>
  );
}

function Forbidden() {
  return <NotFoundPage />;
}

function RoutePage({ route, session }: { route: Route; session: Session | null }) {
  switch (route.name) {
    case 'login':
      return <LoginPage next={route.next} />;
    case 'setup':
      return <SetupPage />;
    case 'charters':
      return session ? <ChartersPage /> : null;
    case 'charter':
      return session && can(session.role, 'readDrafts') ? (
        <CharterPage charterId={route.charterId} />
      ) : (
        <Forbidden />
      );
    case 'editor':
      return session && can(session.role, 'readDrafts') ? (
        <EditorPage charterId={route.charterId} versionId={route.versionId} lang={route.lang} />
      ) : (
        <Forbidden />
      );
    case 'members':
      return session && can(session.role, 'manageMembers') ? <MembersPage /> : <Forbidden />;
    case 'audit':
      return session && can(session.role, 'readAudit') ? <AuditPage /> : <Forbidden />;
    case 'initiatives':
      return session ? <InitiativesPage /> : null;
    case 'initiativeNew':
      return session ? <InitiativeFormPage key="new" /> : null;
    case 'initiativeEdit':
      return session ? (
        <InitiativeFormPage key={`edit:${route.initiativeId}`} initiativeId={route.initiativeId} />
      ) : null;
    case 'initiative':
      return session ? <InitiativePage key={route.initiativeId} initiativeId={route.initiativeId} /> : null;
    case 'highlights':
      return session ? <HighlightsPage /> : null;
    case 'notifications':
      return session ? <NotificationsPage /> : null;
    case 'recognition':
      return session && can(session.role, 'curateInitiatives') ? <RecognitionPage /> : <Forbidden />;
    case 'ideas':
      return session ? <IdeasPage /> : null;
    case 'idea':
      return session ? <IdeaPage key={route.ideaId} ideaId={route.ideaId} /> : null;
    case 'account':
      return session ? <AccountPage /> : null;
    case 'notFound':
      return <NotFoundPage />;
  }
}

function Header({ route }: { route: Route }) {
  const { t, session, lang, setLang, api, setSession } = useApp();
  const logout = async () => {
    try {
      await api.logout();
    } finally {
      setSession(null);
      navigate(routePath({ name: 'login' }), { replace: true });
    }
  };
  const unread = useUnread(route);
  const current = (name: Route['name'] | Array<Route['name']>) =>
    (Array.isArray(name) ? name : [name]).includes(route.name) ? 'page' : undefined;
  return (
    <header className="site-header">
      <div className="brand">
        <Link href="/" className="brand-link">
          {t('app.name')}
        </Link>
        {session && <span className="org-name">{session.organization.name}</span>}
      </div>
      {session && !session.mustChangePassword && (
        <nav aria-label={t('nav.main')} className="main-nav">
          <ul>
            <li>
              <Link href="/" aria-current={current(['charters', 'charter', 'editor'])}>
                {t('nav.charters')}
              </Link>
            </li>
            <li>
              <Link
                href={routePath({ name: 'initiatives' })}
                aria-current={current(['initiatives', 'initiativeNew', 'initiative', 'initiativeEdit'])}
              >
                {t('nav.initiatives')}
              </Link>
            </li>
            <li>
              <Link href={routePath({ name: 'highlights' })} aria-current={current('highlights')}>
                {t('nav.highlights')}
              </Link>
            </li>
            <li>
              <Link href={routePath({ name: 'ideas' })} aria-current={current(['ideas', 'idea'])}>
                {t('nav.ideas')}
              </Link>
            </li>
            {can(session.role, 'curateInitiatives') && (
              <li>
                <Link href={routePath({ name: 'recognition' })} aria-current={current('recognition')}>
                  {t('nav.recognition')}
                </Link>
              </li>
            )}
            {can(session.role, 'manageMembers') && (
              <li>
                <Link href={routePath({ name: 'members' })} aria-current={current('members')}>
                  {t('nav.members')}
                </Link>
              </li>
            )}
            {can(session.role, 'readAudit') && (
              <li>
                <Link href={routePath({ name: 'audit' })} aria-current={current('audit')}>
                  {t('nav.audit')}
                </Link>
              </li>
            )}
          </ul>
        </nav>
      )}
      <div className="header-tools">
        <fieldset className="lang-switch">
          <legend className="visually-hidden">{t('nav.uiLanguage')}</legend>
          {LANGS.map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              aria-pressed={lang === l}
              onClick={() => lang !== l && setLang(l)}
            >
              {translate(l, `lang.${l}`)}
            </button>
          ))}
        </fieldset>
        {session && (
          <div className="user-box">
            {!session.mustChangePassword && (
              <Link
                href={routePath({ name: 'notifications' })}
                className="notifications-link"
                aria-current={current('notifications')}
              >
                {unread > 0 ? (
                  <>
                    <span className="visually-hidden">{t('nav.notificationsUnread', { count: unread })}</span>
                    <span aria-hidden="true">{t('nav.notifications')} </span>
                    <span className="unread-count" aria-hidden="true">
                      {unread}
                    </span>
                  </>
                ) : (
                  t('nav.notifications')
                )}
              </Link>
            )}
            <span className="user-name">
              {session.user.name} <span className="user-role">({t(`role.${session.role}`)})</span>
            </span>
            <Link
              href={routePath({ name: 'account' })}
              className="account-link"
              aria-current={current('account')}
            >
              {t('account.nav')}
            </Link>
            <button type="button" className="secondary-button" onClick={() => void logout()}>
              {t('nav.logout')}
            </button>
          </div>
        )}
      </div>
    </header>
  );
}

/** The unread notification count, fetched again on each change of page and after reading some. */
function useUnread(route: Route): number {
  const { api, session } = useApp();
  const [unread, setUnread] = useState(0);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const bump = () => setTick((n) => n + 1);
    window.addEventListener(NOTIFICATIONS_CHANGED, bump);
    return () => window.removeEventListener(NOTIFICATIONS_CHANGED, bump);
  }, []);
  // Until a reset password is changed, the server opens nothing but the account: no badge to fetch.
  const signedIn = session !== null && !session.mustChangePassword;
  // A string: the route object is new on every render.
  const where = routePath(route);
  // biome-ignore lint/correctness/useExhaustiveDependencies: where and tick are the triggers to fetch again
  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    api
      .notifications()
      .then((n) => live && setUnread(n.unread))
      .catch(() => {
        // The badge is a convenience: the notifications page shows the error if there is one.
      });
    return () => {
      live = false;
    };
  }, [api, signedIn, where, tick]);
  return signedIn ? unread : 0;
}
