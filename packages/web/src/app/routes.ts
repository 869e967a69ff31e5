/**
 * The app's routes, as plain data: path ⇄ route. History-based (the server answers every deep link with
 * index.html); public charter pages under /c/ are not routes of the app but plain links.
 */
import { LANGS, type Lang } from '../constants.js';
import { parsePeriodQuery, periodQuery } from '../recognition/period.js';

export type Route =
  | { name: 'charters' }
  | { name: 'login'; next?: string }
  | { name: 'setup' }
  | { name: 'charter'; charterId: string }
  | { name: 'editor'; charterId: string; versionId: string; lang: Lang }
  | { name: 'members' }
  | { name: 'audit' }
  | { name: 'initiatives' }
  | { name: 'initiativeNew' }
  | { name: 'initiative'; initiativeId: string }
  | { name: 'initiativeEdit'; initiativeId: string }
  | { name: 'highlights' }
  | { name: 'notifications' }
  /** `from`/`to`: the period shown (YYYY-MM-DD, both included), in the query so it can be shared. */
  | { name: 'recognition'; from?: string; to?: string }
  | { name: 'ideas' }
  | { name: 'idea'; ideaId: string }
  | { name: 'account' }
  | { name: 'notFound'; path: string };

function segment(value: string): string {
  return encodeURIComponent(value);
}

export function routePath(route: Route): string {
  switch (route.name) {
    case 'charters':
      return '/';
    case 'login':
      return route.next && route.next !== '/' ? `/login?next=${encodeURIComponent(route.next)}` : '/login';
    case 'setup':
      return '/setup';
    case 'charter':
      return `/charters/${segment(route.charterId)}`;
    case 'editor':
      return `/charters/${segment(route.charterId)}/versions/${segment(route.versionId)}/${route.lang}`;
    case 'members':
      return '/members';
    case 'audit':
      return '/audit';
    case 'initiatives':
      return '/initiatives';
    case 'initiativeNew':
      return '/initiatives/new';
    case 'initiative':
      return `/initiatives/${segment(route.initiativeId)}`;
    case 'initiativeEdit':
      return `/initiatives/${segment(route.initiativeId)}/edit`;
    case 'highlights':
      return '/highlights';
    case 'notifications':
      return '/notifications';
    case 'recognition':
      return `/recognition${periodQuery(route)}`;
    case 'ideas':
      return '/ideas';
    case 'idea':
      return `/ideas/${segment(route.ideaId)}`;
    case 'account':
      return '/account';
    case 'notFound':
      return route.path;
  }
}

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** A same-app path to return to after login; anything else (another origin, `//x`) is refused. */
export function safeNext(next: string | null | undefined): string | undefined {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  return next;
}

export function parseRoute(pathname: string, search = ''): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const parts = path.split('/').slice(1).map(decode);
  if (parts.some((p) => p === null)) return { name: 'notFound', path: pathname };
  const p = parts as string[];
  if (path === '/' || path === '') return { name: 'charters' };
  if (p.length === 1) {
    if (p[0] === 'login') {
      const next = safeNext(new URLSearchParams(search).get('next'));
      return next ? { name: 'login', next } : { name: 'login' };
    }
    if (p[0] === 'setup') return { name: 'setup' };
    if (p[0] === 'members') return { name: 'members' };
    if (p[0] === 'audit') return { name: 'audit' };
    if (p[0] === 'charters') return { name: 'charters' };
    if (p[0] === 'initiatives') return { name: 'initiatives' };
    if (p[0] === 'highlights') return { name: 'highlights' };
    if (p[0] === 'notifications') return { name: 'notifications' };
    if (p[0] === 'recognition') return { name: 'recognition', ...parsePeriodQuery(search) };
    if (p[0] === 'ideas') return { name: 'ideas' };
    if (p[0] === 'account') return { name: 'account' };
  }
  if (p[0] === 'ideas' && p.length === 2 && p[1]) return { name: 'idea', ideaId: p[1] };
  if (p[0] === 'initiatives' && p.length === 2 && p[1]) {
    return p[1] === 'new' ? { name: 'initiativeNew' } : { name: 'initiative', initiativeId: p[1] };
  }
  if (p[0] === 'initiatives' && p.length === 3 && p[1] && p[1] !== 'new' && p[2] === 'edit') {
    return { name: 'initiativeEdit', initiativeId: p[1] };
  }
  if (p[0] === 'charters' && p.length === 2 && p[1]) return { name: 'charter', charterId: p[1] };
  if (
    p[0] === 'charters' &&
    p.length === 5 &&
    p[2] === 'versions' &&
    (LANGS as readonly string[]).includes(p[4])
  ) {
    return { name: 'editor', charterId: p[1], versionId: p[3], lang: p[4] as Lang };
  }
  return { name: 'notFound', path: pathname };
}

/** The public page of a published charter, served by the server from @charte/site. */
export function publicCharterPath(orgSlug: string, charterSlug: string): string {
  return `/c/${segment(orgSlug)}/${segment(charterSlug)}/`;
}

/** The public gallery of showcased initiatives, or one initiative's page in it. */
export function publicInitiativePath(orgSlug: string, initiativeId?: string): string {
  return `/c/${segment(orgSlug)}/initiatives/${initiativeId ? segment(initiativeId) : ''}`;
}
