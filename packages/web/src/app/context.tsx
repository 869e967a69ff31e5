import { createContext, useContext, useEffect } from 'react';
import type { ApiClient } from '../api/client.js';
import type { Session } from '../api/types.js';
import type { Lang } from '../constants.js';
import type { MessageKey, Params, PluralBase } from '../i18n/index.js';

export interface AppContextValue {
  api: ApiClient;
  session: Session | null;
  setSession: (session: Session | null) => void;
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, params?: Params) => string;
  tp: (base: PluralBase, count: number, params?: Params) => string;
  date: (iso: string | null | undefined) => string;
  /** Says something to screen reader users (a polite live region). */
  announce: (message: string) => void;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside <AppContext>');
  return value;
}

/** The signed-in session; pages that need one are only rendered with one. */
export function useSession(): Session {
  const { session } = useApp();
  if (!session) throw new Error('useSession without a session');
  return session;
}

/** Sets the document title: "<page> · Charte". */
export function usePageTitle(title: string): void {
  const { t } = useApp();
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.name')}` : t('app.name');
  }, [title, t]);
}
