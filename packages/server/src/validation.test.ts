import { beforeAll, expect, it } from 'vitest';
import { ROUTE_ACCESS, type RouteKey } from './auth/permissions.js';
import { type Client, DEMO, describeEachDatabase, type TestApp } from './test-support/harness.js';

type Ids = { charterId: string; draftId: string; memberId: string; unitId: string; initiativeId: string };

/** [route, url, body, the path the 400 must name]: an unknown field, a wrong type and a missing field. */
function badInputs(f: Ids): [RouteKey, string, unknown, string][] {
  const setup = {
    organization: { name: 'École', lang: 'fr' },
    admin: { email: 'a@b.test', name: 'A', password: 'long-enough-pw' },
  };
  const v = `/api/versions/${f.draftId}`;
  const initiative = {
    title: 'Club de lecture',
    description: 'Des élèves présentent leurs lectures.',
    platforms: ['Instagram'],
    audience: 'Parents',
    values: ['Entraide'],
    studentsAppear: false,
    publicOk: true,
  };
  return [
    ['POST /api/setup', '/api/setup', { ...setup, extra: 1 }, 'body.extra'],
    [
      'POST /api/setup',
      '/api/setup',
      { ...setup, organization: { name: 'École', lang: 'de' } },
      'body.organization.lang',
    ],
    ['POST /api/setup', '/api/setup', { organization: setup.organization }, 'body.admin'],
    [
      'POST /api/setup',
      '/api/setup',
      { ...setup, admin: { ...setup.admin, email: 'not-an-email' } },
      'body.admin.email',
    ],
    [
      'POST /api/auth/login',
      '/api/auth/login',
      { email: 'a@b.c', password: 'x', remember: true },
      'body.remember',
    ],
    ['POST /api/auth/login', '/api/auth/login', { email: 5, password: 'x' }, 'body.email'],
    ['POST /api/auth/login', '/api/auth/login', { email: 'a@b.c' }, 'body.password'],
    ['POST /api/auth/logout', '/api/auth/logout', { everywhere: true }, 'body.everywhere'],
    ['PATCH /api/me', '/api/me', { role: 'admin' }, 'body.role'],
    ['PATCH /api/me', '/api/me', { uiLang: 'de' }, 'body.uiLang'],
    ['PATCH /api/me', '/api/me', { name: ['x'] }, 'body.name'],
    [
      'POST /api/me/password',
      '/api/me/password',
      { currentPassword: 'x', newPassword: 'long-enough-pw', everywhere: true },
      'body.everywhere',
    ],
    [
      'POST /api/me/password',
      '/api/me/password',
      { currentPassword: 'demo-charte-2026', newPassword: 'short' },
      'body.newPassword',
    ],
    ['POST /api/me/password', '/api/me/password', { newPassword: 'long-enough-pw' }, 'body.currentPassword'],
    ['POST /api/analyze', '/api/analyze', { source: 'x', format: 'md' }, 'body.format'],
    ['POST /api/analyze', '/api/analyze', { source: 5 }, 'body.source'],
    ['POST /api/analyze', '/api/analyze', { lang: 'fr' }, 'body.source'],
    ['POST /api/charters', '/api/charters', { title: 'T', langs: ['fr'], owner: 'x' }, 'body.owner'],
    ['POST /api/charters', '/api/charters', { title: 'T', langs: ['fr', 'de'] }, 'body.langs.1'],
    ['POST /api/charters', '/api/charters', { langs: ['fr'] }, 'body.title'],
    ['POST /api/charters', '/api/charters', { title: 'T', langs: ['fr'], slug: 'Pas Un Slug' }, 'body.slug'],
    [
      'POST /api/charters',
      '/api/charters',
      { title: 'T', langs: ['fr'], sources: { de: 'x' } },
      'body.sources.de',
    ],
    ['PATCH /api/charters/:id', `/api/charters/${f.charterId}`, { status: 'published' }, 'body.status'],
    ['PATCH /api/charters/:id', `/api/charters/${f.charterId}`, { title: 5 }, 'body.title'],
    ['POST /api/charters/:id/versions', `/api/charters/${f.charterId}/versions`, { from: 1 }, 'body.from'],
    ['PUT /api/versions/:id/documents/:lang', `${v}/documents/fr`, { source: 'x', lang: 'fr' }, 'body.lang'],
    ['PUT /api/versions/:id/documents/:lang', `${v}/documents/fr`, { source: 5 }, 'body.source'],
    ['PUT /api/versions/:id/documents/:lang', `${v}/documents/fr`, {}, 'body.source'],
    ['PUT /api/versions/:id/documents/:lang', `${v}/documents/de`, { source: 'x' }, 'params.lang'],
    ['POST /api/versions/:id/submit', `${v}/submit`, { comment: 'x' }, 'body.comment'],
    ['POST /api/versions/:id/submit', `${v}/submit`, [1], 'body'],
    ['POST /api/versions/:id/approve', `${v}/approve`, { comment: 'x', score: 5 }, 'body.score'],
    ['POST /api/versions/:id/approve', `${v}/approve`, { comment: 5 }, 'body.comment'],
    ['POST /api/versions/:id/approve', `${v}/approve`, {}, 'body.comment'],
    ['POST /api/versions/:id/request-changes', `${v}/request-changes`, { comment: 'x', x: 1 }, 'body.x'],
    ['POST /api/versions/:id/request-changes', `${v}/request-changes`, { comment: '   ' }, 'body.comment'],
    ['POST /api/versions/:id/request-changes', `${v}/request-changes`, {}, 'body.comment'],
    ['POST /api/versions/:id/publish', `${v}/publish`, { at: 'now' }, 'body.at'],
    ['POST /api/versions/:id/archive', `${v}/archive`, { reason: 'x' }, 'body.reason'],
    ['PATCH /api/organization', '/api/organization', { slug: 'x' }, 'body.slug'],
    ['PATCH /api/organization', '/api/organization', { lang: 'es' }, 'body.lang'],
    [
      'POST /api/members',
      '/api/members',
      { email: 'n@d.test', name: 'N', role: 'staff', password: 'long-enough-pw', admin: true },
      'body.admin',
    ],
    [
      'POST /api/members',
      '/api/members',
      { email: 'n@d.test', name: 'N', role: 'boss', password: 'long-enough-pw' },
      'body.role',
    ],
    [
      'POST /api/members',
      '/api/members',
      { name: 'N', role: 'staff', password: 'long-enough-pw' },
      'body.email',
    ],
    [
      'POST /api/members',
      '/api/members',
      { email: 'n@d.test', name: 'N', role: 'staff', password: 'short' },
      'body.password',
    ],
    ['PATCH /api/members/:id', `/api/members/${f.memberId}`, { email: 'x@y.z' }, 'body.email'],
    ['PATCH /api/members/:id', `/api/members/${f.memberId}`, { role: 5 }, 'body.role'],
    [
      'POST /api/members/:id/password',
      `/api/members/${f.memberId}/password`,
      { newPassword: 'long-enough-pw', mustChange: false },
      'body.mustChange',
    ],
    [
      'POST /api/members/:id/password',
      `/api/members/${f.memberId}/password`,
      { newPassword: 'x'.repeat(257) },
      'body.newPassword',
    ],
    ['POST /api/members/:id/password', `/api/members/${f.memberId}/password`, {}, 'body.newPassword'],
    ['POST /api/units', '/api/units', { name: 'U', parent: 'x' }, 'body.parent'],
    ['POST /api/units', '/api/units', { name: 5 }, 'body.name'],
    ['POST /api/units', '/api/units', {}, 'body.name'],
    ['PATCH /api/units/:id', `/api/units/${f.unitId}`, { name: 'U', x: 1 }, 'body.x'],
    ['PATCH /api/units/:id', `/api/units/${f.unitId}`, { name: '' }, 'body.name'],
    ['PATCH /api/units/:id', `/api/units/${f.unitId}`, {}, 'body.name'],
    ['PATCH /api/organization', '/api/organization', { values: ['x'] }, 'body.values.0'],
    ['PATCH /api/organization', '/api/organization', { values: [] }, 'body.values'],
    ['POST /api/initiatives', '/api/initiatives', { ...initiative, extra: 1 }, 'body.extra'],
    [
      'POST /api/initiatives',
      '/api/initiatives',
      { ...initiative, accountUrl: 'javascript:alert(1)' },
      'body.accountUrl',
    ],
    ['POST /api/initiatives', '/api/initiatives', { ...initiative, platforms: [] }, 'body.platforms'],
    ['PATCH /api/initiatives/:id', '/api/initiatives/x', { status: 'approved' }, 'body.status'],
    [
      'POST /api/initiatives/:id/review',
      '/api/initiatives/x/review',
      { decision: 'approve' },
      'body.message',
    ],
    [
      'POST /api/initiatives/:id/review',
      '/api/initiatives/x/review',
      { decision: 'ok', message: 'Bravo' },
      'body.decision',
    ],
    ['POST /api/initiatives/:id/messages', '/api/initiatives/x/messages', { text: '' }, 'body.text'],
    [
      'POST /api/initiatives/:id/showcase',
      '/api/initiatives/x/showcase',
      { showcased: 'yes' },
      'body.showcased',
    ],
    [
      'POST /api/initiatives/:id/kudos',
      '/api/initiatives/x/kudos',
      { message: 'x'.repeat(281) },
      'body.message',
    ],
    // An image upload is multipart: a JSON body has no file part (the initiative is looked up first).
    [
      'PUT /api/initiatives/:id/image',
      `/api/initiatives/${f.initiativeId}/image`,
      { alt: 'Photo' },
      'body.file',
    ],
    ['PATCH /api/initiatives/:id/image', '/api/initiatives/x/image', { alt: ' ' }, 'body.alt'],
    [
      'PATCH /api/initiatives/:id/image',
      '/api/initiatives/x/image',
      { alt: 'Photo', hash: 'x' },
      'body.hash',
    ],
    ['POST /api/notifications/read', '/api/notifications/read', { ids: [] }, 'body.ids'],
    ['POST /api/ideas', '/api/ideas', { title: 'Idée' }, 'body.body'],
    ['PUT /api/ideas/:id/vote', '/api/ideas/x/vote', { value: 2 }, 'body.value'],
    ['POST /api/ideas/:id/comments', '/api/ideas/x/comments', {}, 'body.text'],
    ['POST /api/ideas/:id/answer', '/api/ideas/x/answer', { status: 'open', answer: 'Oui' }, 'body.status'],
  ];
}

describeEachDatabase('bad input', (h) => {
  let t: TestApp;
  let admin: Client;
  let ids: Ids;

  beforeAll(async () => {
    t = await h.start({ seedDemo: true });
    admin = await t.login(DEMO.admin);
    const charter = (await admin.get('/api/charters')).json()[0];
    const draft = (await admin.post(`/api/charters/${charter.id}/versions`)).json();
    const unit = (await admin.post('/api/units', { name: 'Unité' })).json();
    const member = (await admin.get('/api/members')).json()[0];
    await admin.patch('/api/organization', { values: ['Entraide'] });
    const initiative = (
      await admin.post('/api/initiatives', {
        title: 'Club photo',
        description: 'Des élèves photographient l’école.',
        platforms: ['Instagram'],
        audience: 'Parents',
        values: ['Entraide'],
        studentsAppear: false,
        publicOk: true,
      })
    ).json();
    ids = {
      charterId: charter.id,
      draftId: draft.id,
      memberId: member.id,
      unitId: unit.id,
      initiativeId: initiative.id,
    };
  });

  it('covers every mutation that takes a body', () => {
    const covered = new Set(badInputs(ids).map(([key]) => key));
    const mutations = Object.keys(ROUTE_ACCESS).filter((k) => /^(POST|PUT|PATCH) /.test(k));
    expect([...covered].sort()).toEqual(mutations.sort());
  });

  it.each([0])('answers 400 with the field’s path (%#)', async () => {
    const before = await t.db.selectFrom('audit_log').select('id').execute();
    for (const [key, url, body, path] of badInputs(ids)) {
      const response = await t.app.inject({
        method: key.split(' ')[0] as 'POST',
        url,
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
        payload: body as object,
      });
      expect(response.statusCode, `${key} ${JSON.stringify(body)}: ${response.body}`).toBe(400);
      const error = response.json().error;
      expect(error.code).toBe('validation');
      expect(error.message).toBe('Des champs manquent ou sont invalides.');
      expect(
        error.issues.map((i: { path: string }) => i.path),
        `${key} ${JSON.stringify(body)}`,
      ).toContain(path);
    }
    // Nothing was written.
    expect(await t.db.selectFrom('audit_log').select('id').execute()).toHaveLength(before.length);
  });

  it('checks the query string', async () => {
    const zero = await admin.get('/api/audit?limit=0');
    expect(zero.statusCode).toBe(400);
    expect(zero.json().error.issues[0].path).toBe('query.limit');
    const unknown = await admin.get('/api/audit?page=2');
    expect(unknown.json().error.issues[0].path).toBe('query.page');
    const entity = await admin.get('/api/audit?entity=session');
    expect(entity.json().error.issues[0].path).toBe('query.entity');
    expect((await admin.get('/api/audit?limit=5&entity=version')).statusCode).toBe(200);
  });

  it('answers 400 bad-json to a body that is not JSON, 415 to another type', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
      payload: '{"name": "U"',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('bad-json');
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"__proto__": {"admin": true}}',
    });
    expect(login.statusCode).toBe(400);
    const text = await t.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'text/plain' },
      payload: 'name=U',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().error.code).toBe('unsupported-media-type');
  });

  it('answers 413 to a body over the limit (1 MiB; 2 MiB for /api/analyze)', async () => {
    const big = 'Nous encourageons les initiatives. '.repeat(32_000); // ≈ 1.1 MB
    const put = await admin.put(`/api/versions/${ids.draftId}/documents/fr`, { source: big });
    expect(put.statusCode).toBe(413);
    expect(put.json().error).toEqual({
      code: 'too-large',
      message: 'Le corps de la requête est trop volumineux.',
    });
    const analyzed = await admin.post('/api/analyze', { source: big, lang: 'fr' });
    expect(analyzed.statusCode).toBe(200);
    const huge = await admin.post('/api/analyze', { source: big + big, lang: 'fr' });
    expect(huge.statusCode).toBe(413);
  });

  it('answers a JSON 404 to an unknown API route, without a stack trace', async () => {
    const response = await admin.get('/api/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not-found', message: 'Introuvable.' } });
    const post = await admin.post('/api/nothing-here', {});
    expect(post.statusCode).toBe(404);
    expect(post.body).not.toMatch(/at .*\.(ts|js):\d+/);
  });
});
