/**
 * Who may call what: ONE table, route → access. Every route under /api and /c must be listed (the
 * app refuses to start otherwise), the auth hook enforces it before the body is even read, and the
 * tests walk the whole role × route matrix from it.
 */
import type { Role } from '../db/schema.js';

export const ROLES = ['admin', 'communications', 'reviewer', 'staff'] as const satisfies readonly Role[];

/** `public`: no session needed. `member`: any signed-in role. Else the roles allowed. */
export type Access = 'public' | 'member' | readonly Role[];

const EDITORS = ['admin', 'communications'] as const satisfies readonly Role[];
const REVIEWERS = ['admin', 'reviewer'] as const satisfies readonly Role[];
const READERS = ['admin', 'communications', 'reviewer'] as const satisfies readonly Role[];
const ADMIN = ['admin'] as const satisfies readonly Role[];

export const ROUTE_ACCESS = {
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'GET /api/setup': 'public',
  'POST /api/setup': 'public',
  'GET /api/demo': 'public',
  'POST /api/auth/login': 'public',
  'GET /c/:org/:charter': 'public',
  'GET /c/:org/:charter/*': 'public',
  'GET /c/:org/initiatives/': 'public',
  'GET /c/:org/initiatives/:id': 'public',
  'GET /c/:org/initiatives/:id/image.webp': 'public',
  'GET /c/:org/initiatives/:id/thumb.webp': 'public',
  'GET /api/public/:org/initiatives': 'public',

  'POST /api/auth/logout': 'member',
  'GET /api/me': 'member',
  'PATCH /api/me': 'member',
  'POST /api/me/password': 'member',
  'POST /api/analyze': 'member',
  'GET /api/units': 'member',
  // Staff read only what is published (the handlers filter the rows).
  'GET /api/charters': 'member',
  'GET /api/charters/:id': 'member',
  'GET /api/versions/:id': 'member',

  'GET /api/versions/:id/report/:lang': READERS,
  'GET /api/versions/:id/diff/:otherId': READERS,

  'POST /api/charters': EDITORS,
  'PATCH /api/charters/:id': EDITORS,
  'POST /api/charters/:id/versions': EDITORS,
  'PUT /api/versions/:id/documents/:lang': EDITORS,
  'POST /api/versions/:id/submit': EDITORS,

  'POST /api/versions/:id/approve': REVIEWERS,
  'POST /api/versions/:id/request-changes': REVIEWERS,

  'POST /api/versions/:id/publish': ADMIN,
  'POST /api/versions/:id/archive': ADMIN,
  'GET /api/organization': 'member',
  'PATCH /api/organization': ADMIN,
  'GET /api/members': ADMIN,
  'POST /api/members': ADMIN,
  'PATCH /api/members/:id': ADMIN,
  'DELETE /api/members/:id': ADMIN,
  'POST /api/members/:id/password': ADMIN,
  'POST /api/units': ADMIN,
  'PATCH /api/units/:id': ADMIN,
  'DELETE /api/units/:id': ADMIN,
  'GET /api/audit': ADMIN,

  // Valoriser. Any member proposes, edits their own, writes in their thread, gives kudos, uses the
  // ideas box (the handlers check who is the proposer); communications curate.
  'GET /api/initiatives': 'member',
  'POST /api/initiatives': 'member',
  'GET /api/initiatives/:id': 'member',
  'PATCH /api/initiatives/:id': 'member',
  'POST /api/initiatives/:id/messages': 'member',
  'POST /api/initiatives/:id/kudos': 'member',
  // The image: whoever sees the initiative reads it; the handlers check who may change it (the proposer
  // while proposed or changes_requested, admin and communications at any status).
  'GET /api/initiatives/:id/image': 'member',
  'PUT /api/initiatives/:id/image': 'member',
  'PATCH /api/initiatives/:id/image': 'member',
  'DELETE /api/initiatives/:id/image': 'member',
  'POST /api/initiatives/:id/review': EDITORS,
  'POST /api/initiatives/:id/showcase': EDITORS,
  'GET /api/notifications': 'member',
  'POST /api/notifications/read': 'member',
  'GET /api/highlights': 'member',
  'GET /api/ideas': 'member',
  'POST /api/ideas': 'member',
  'GET /api/ideas/:id': 'member',
  'PUT /api/ideas/:id/vote': 'member',
  'POST /api/ideas/:id/comments': 'member',
  'POST /api/ideas/:id/answer': EDITORS,
  'GET /api/recognition': EDITORS,
  'GET /api/recognition.csv': EDITORS,
} as const satisfies Record<string, Access>;

export type RouteKey = keyof typeof ROUTE_ACCESS;

/** The key of a route in ROUTE_ACCESS (HEAD routes are their GET's). */
export function routeKey(method: string, url: string): string {
  return `${method === 'HEAD' ? 'GET' : method} ${url}`;
}

/** Whether a role passes an access rule (public and member rules pass every role). */
export function allows(access: Access, role: Role): boolean {
  return access === 'public' || access === 'member' || access.includes(role);
}

/** Routes outside these prefixes (the web app's files) are public and need no entry. */
export function mustBeDeclared(url: string): boolean {
  return url.startsWith('/api') || url.startsWith('/c/') || url === '/healthz' || url === '/readyz';
}
