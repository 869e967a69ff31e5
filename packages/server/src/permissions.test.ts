import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { type Access, allows, ROLES, ROUTE_ACCESS, type RouteKey } from './auth/permissions.js';
import type { Role } from './db/schema.js';
import {
  type Client,
  DEMO,
  describeEachDatabase,
  TEST_DEFAULTS,
  type TestApp,
} from './test-support/harness.js';

interface Fixture {
  initiativeId: string;
  ideaId: string;
  charterId: string;
  publishedId: string;
  draftId: string;
  memberId: string;
  unitId: string;
}

interface Case {
  url: string;
  body?: unknown;
  /** What an allowed role gets: 200 for reads; for writes, a 400 from an invalid body (no side effect) or a 404. */
  allowed: number;
}

const INVALID = { unexpected: true };
const MISSING = 'no-such-id';

/** One request per route, built so that an allowed caller changes nothing. Keys must match ROUTE_ACCESS. */
function cases(f: Fixture): Record<RouteKey, Case> {
  return {
    'GET /healthz': { url: '/healthz', allowed: 200 },
    'GET /readyz': { url: '/readyz', allowed: 200 },
    'GET /api/setup': { url: '/api/setup', allowed: 200 },
    'POST /api/setup': { url: '/api/setup', body: INVALID, allowed: 400 },
    'GET /api/demo': { url: '/api/demo', allowed: 200 },
    'POST /api/auth/login': { url: '/api/auth/login', body: INVALID, allowed: 400 },
    'GET /c/:org/:charter': { url: '/c/demo/charte-medias-sociaux', allowed: 301 },
    'GET /c/:org/:charter/*': { url: '/c/demo/charte-medias-sociaux/', allowed: 200 },
    'POST /api/auth/logout': { url: '/api/auth/logout', body: INVALID, allowed: 400 },
    'GET /api/me': { url: '/api/me', allowed: 200 },
    'PATCH /api/me': { url: '/api/me', body: INVALID, allowed: 400 },
    'POST /api/me/password': { url: '/api/me/password', body: INVALID, allowed: 400 },
    'POST /api/analyze': { url: '/api/analyze', body: INVALID, allowed: 400 },
    'GET /api/units': { url: '/api/units', allowed: 200 },
    'GET /api/charters': { url: '/api/charters', allowed: 200 },
    'GET /api/charters/:id': { url: `/api/charters/${f.charterId}`, allowed: 200 },
    'GET /api/versions/:id': { url: `/api/versions/${f.publishedId}`, allowed: 200 },
    'GET /api/versions/:id/report/:lang': { url: `/api/versions/${f.draftId}/report/fr`, allowed: 200 },
    'GET /api/versions/:id/diff/:otherId': {
      url: `/api/versions/${f.draftId}/diff/${f.publishedId}?lang=en`,
      allowed: 200,
    },
    'POST /api/charters': { url: '/api/charters', body: INVALID, allowed: 400 },
    'PATCH /api/charters/:id': { url: `/api/charters/${f.charterId}`, body: INVALID, allowed: 400 },
    'POST /api/charters/:id/versions': {
      url: `/api/charters/${f.charterId}/versions`,
      body: INVALID,
      allowed: 400,
    },
    'PUT /api/versions/:id/documents/:lang': {
      url: `/api/versions/${f.draftId}/documents/fr`,
      body: INVALID,
      allowed: 400,
    },
    'POST /api/versions/:id/submit': {
      url: `/api/versions/${f.draftId}/submit`,
      body: INVALID,
      allowed: 400,
    },
    'POST /api/versions/:id/approve': {
      url: `/api/versions/${f.draftId}/approve`,
      body: INVALID,
      allowed: 400,
    },
    'POST /api/versions/:id/request-changes': {
      url: `/api/versions/${f.draftId}/request-changes`,
      body: INVALID,
      allowed: 400,
    },
    'POST /api/versions/:id/publish': {
      url: `/api/versions/${f.draftId}/publish`,
      body: INVALID,
      allowed: 400,
    },
    'POST /api/versions/:id/archive': {
      url: `/api/versions/${f.draftId}/archive`,
      body: INVALID,
      allowed: 400,
    },
    'GET /api/organization': { url: '/api/organization', allowed: 200 },
    'PATCH /api/organization': { url: '/api/organization', body: INVALID, allowed: 400 },
    'GET /api/members': { url: '/api/members', allowed: 200 },
    'POST /api/members': { url: '/api/members', body: INVALID, allowed: 400 },
    'PATCH /api/members/:id': { url: `/api/members/${f.memberId}`, body: INVALID, allowed: 400 },
    'DELETE /api/members/:id': { url: `/api/members/${MISSING}`, allowed: 404 },
    'POST /api/members/:id/password': {
      url: `/api/members/${f.memberId}/password`,
      body: INVALID,
      allowed: 400,
    },
    'POST /api/units': { url: '/api/units', body: INVALID, allowed: 400 },
    'PATCH /api/units/:id': { url: `/api/units/${f.unitId}`, body: INVALID, allowed: 400 },
    'DELETE /api/units/:id': { url: `/api/units/${MISSING}`, allowed: 404 },
    'GET /api/audit': { url: '/api/audit', allowed: 200 },
    'GET /c/:org/initiatives/': { url: '/c/demo/initiatives/', allowed: 200 },
    'GET /c/:org/initiatives/:id': { url: `/c/demo/initiatives/${f.initiativeId}`, allowed: 200 },
    'GET /api/public/:org/initiatives': { url: '/api/public/demo/initiatives', allowed: 200 },
    'GET /api/initiatives': { url: '/api/initiatives', allowed: 200 },
    'POST /api/initiatives': { url: '/api/initiatives', body: INVALID, allowed: 400 },
    'GET /api/initiatives/:id': { url: `/api/initiatives/${f.initiativeId}`, allowed: 200 },
    'PATCH /api/initiatives/:id': { url: `/api/initiatives/${f.initiativeId}`, body: INVALID, allowed: 400 },
    'POST /api/initiatives/:id/messages': {
      url: `/api/initiatives/${f.initiativeId}/messages`,
      body: INVALID,
      allowed: 400,
    },
    'POST /api/initiatives/:id/kudos': {
      url: `/api/initiatives/${f.initiativeId}/kudos`,
      body: INVALID,
      allowed: 400,
    },
    'POST /api/initiatives/:id/review': {
      url: `/api/initiatives/${f.initiativeId}/review`,
      body: INVALID,
      allowed: 400,
    },
    'POST /api/initiatives/:id/showcase': {
      url: `/api/initiatives/${f.initiativeId}/showcase`,
      body: INVALID,
      allowed: 400,
    },
    // The fixture initiative has no image: reading it is a 404 for every role that may see it; changes
    // name a missing initiative (the handlers decide who changes an image, after the role check).
    'GET /api/initiatives/:id/image': { url: `/api/initiatives/${f.initiativeId}/image`, allowed: 404 },
    'PUT /api/initiatives/:id/image': {
      url: `/api/initiatives/${MISSING}/image`,
      body: INVALID,
      allowed: 404,
    },
    'PATCH /api/initiatives/:id/image': {
      url: `/api/initiatives/${f.initiativeId}/image`,
      body: INVALID,
      allowed: 400,
    },
    'DELETE /api/initiatives/:id/image': { url: `/api/initiatives/${MISSING}/image`, allowed: 404 },
    'GET /c/:org/initiatives/:id/image.webp': {
      url: `/c/demo/initiatives/${f.initiativeId}/image.webp`,
      allowed: 404,
    },
    'GET /c/:org/initiatives/:id/thumb.webp': {
      url: `/c/demo/initiatives/${f.initiativeId}/thumb.webp`,
      allowed: 404,
    },
    'GET /api/notifications': { url: '/api/notifications', allowed: 200 },
    'POST /api/notifications/read': { url: '/api/notifications/read', body: INVALID, allowed: 400 },
    'GET /api/highlights': { url: '/api/highlights', allowed: 200 },
    'GET /api/ideas': { url: '/api/ideas', allowed: 200 },
    'POST /api/ideas': { url: '/api/ideas', body: INVALID, allowed: 400 },
    'GET /api/ideas/:id': { url: `/api/ideas/${f.ideaId}`, allowed: 200 },
    'PUT /api/ideas/:id/vote': { url: `/api/ideas/${f.ideaId}/vote`, body: INVALID, allowed: 400 },
    'POST /api/ideas/:id/comments': { url: `/api/ideas/${f.ideaId}/comments`, body: INVALID, allowed: 400 },
    'POST /api/ideas/:id/answer': { url: `/api/ideas/${f.ideaId}/answer`, body: INVALID, allowed: 400 },
    'GET /api/recognition': { url: '/api/recognition', allowed: 200 },
    'GET /api/recognition.csv': { url: '/api/recognition.csv', allowed: 200 },
  };
}

const ROUTES = Object.entries(ROUTE_ACCESS) as [RouteKey, Access][];

function request(t: TestApp, key: RouteKey, c: Case, client?: Client) {
  const method = key.split(' ')[0] as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  return t.app.inject({
    method,
    url: c.url,
    headers: client ? { cookie: client.cookie, 'x-csrf-token': client.csrf } : {},
    ...(c.body === undefined ? {} : { payload: c.body as object }),
  });
}

describe('the route → role table', () => {
  it('gives every role at least the member routes and only admins the admin routes', () => {
    expect(allows(ROUTE_ACCESS['GET /api/audit'], 'admin')).toBe(true);
    expect(ROLES.filter((r) => allows(ROUTE_ACCESS['POST /api/versions/:id/publish'], r))).toEqual(['admin']);
    expect(ROLES.filter((r) => allows(ROUTE_ACCESS['POST /api/versions/:id/approve'], r))).toEqual([
      'admin',
      'reviewer',
    ]);
    expect(ROLES.filter((r) => allows(ROUTE_ACCESS['PUT /api/versions/:id/documents/:lang'], r))).toEqual([
      'admin',
      'communications',
    ]);
  });

  it('refuses to start a route under /api that has no rule', async () => {
    const built = await createApp({ ...TEST_DEFAULTS, sqlitePath: ':memory:' });
    try {
      expect(() => built.app.get('/api/forgotten', async () => ({}))).toThrow(/no rule in ROUTE_ACCESS/);
    } finally {
      await built.close();
    }
  });
});

describeEachDatabase('role × route matrix', (h) => {
  let t: TestApp;
  let clients: Record<Role, Client>;
  let table: Record<RouteKey, Case>;

  beforeAll(async () => {
    t = await h.start({ seedDemo: true });
    const logged = await Promise.all(ROLES.map((r) => t.login(DEMO[r])));
    clients = Object.fromEntries(ROLES.map((r, i) => [r, logged[i]])) as Record<Role, Client>;
    const charters = (await clients.admin.get('/api/charters')).json();
    const charterId = charters[0].id;
    const publishedId = charters[0].published.versionId;
    const draft = await clients.communications.post(`/api/charters/${charterId}/versions`);
    const unit = await clients.admin.post('/api/units', { name: 'École Saint-Jean' });
    const members = (await clients.admin.get('/api/members')).json();
    await clients.admin.patch('/api/organization', { values: ['Entraide'] });
    const initiative = await clients.staff.post('/api/initiatives', {
      title: 'Club de lecture',
      description: 'Des élèves présentent leurs lectures.',
      platforms: ['Instagram'],
      audience: 'Parents',
      values: ['Entraide'],
      studentsAppear: false,
      publicOk: true,
    });
    const initiativeId = initiative.json().id;
    await clients.communications.post(`/api/initiatives/${initiativeId}/review`, {
      decision: 'approve',
      message: 'Bravo !',
    });
    await clients.communications.post(`/api/initiatives/${initiativeId}/showcase`, { showcased: true });
    const idea = await clients.staff.post('/api/ideas', { title: 'Une idée', body: 'Un atelier photo.' });
    table = cases({
      initiativeId,
      ideaId: idea.json().id,
      charterId,
      publishedId,
      draftId: draft.json().id,
      memberId: members.find((m: { role: Role }) => m.role === 'staff').id,
      unitId: unit.json().id,
    });
  });

  it('has one case per declared route, and every declared route exists', () => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(ROUTE_ACCESS).sort());
    for (const key of Object.keys(ROUTE_ACCESS)) {
      const [method, url] = key.split(' ');
      expect(t.app.hasRoute({ method: method as 'GET', url }), key).toBe(true);
    }
  });

  it.each(ROUTES)('%s: %j', async (key, access) => {
    const c = table[key];
    if (access === 'public') {
      expect((await request(t, key, c)).statusCode, key).toBe(c.allowed);
      return;
    }
    const anonymous = await request(t, key, c);
    expect(anonymous.statusCode, `${key} without a session`).toBe(401);
    expect(anonymous.json().error.code).toBe('unauthenticated');
    for (const role of ROLES) {
      const response = await request(t, key, c, clients[role]);
      if (allows(access, role)) {
        expect(response.statusCode, `${key} as ${role}: ${response.body.slice(0, 200)}`).toBe(c.allowed);
      } else {
        expect(response.statusCode, `${key} as ${role}`).toBe(403);
        expect(response.json().error.code).toBe('forbidden');
      }
    }
  });
});
