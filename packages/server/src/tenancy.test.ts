import { beforeAll, expect, it } from 'vitest';
import { ROUTE_ACCESS, type RouteKey } from './auth/permissions.js';
import {
  type Client,
  createOtherOrganization,
  DEMO,
  describeEachDatabase,
  type TestApp,
} from './test-support/harness.js';

interface ForeignIds {
  initiativeId: string;
  ideaId: string;
  charterId: string;
  publishedId: string;
  draftId: string;
  memberId: string;
  unitId: string;
  ownVersionId: string;
  ownMemberId: string;
}

/** Every route that takes an id, called by another organization's admin with valid bodies. */
function foreignCalls(f: ForeignIds): [RouteKey, string, unknown?][] {
  const i = `/api/initiatives/${f.initiativeId}`;
  return [
    ['GET /api/initiatives/:id', i],
    ['PATCH /api/initiatives/:id', i, { title: 'Pirate' }],
    ['POST /api/initiatives/:id/messages', `${i}/messages`, { text: 'Pirate' }],
    ['POST /api/initiatives/:id/kudos', `${i}/kudos`, { message: 'Pirate' }],
    ['POST /api/initiatives/:id/review', `${i}/review`, { decision: 'decline', message: 'Pirate' }],
    ['POST /api/initiatives/:id/showcase', `${i}/showcase`, { showcased: false }],
    ['GET /api/initiatives/:id/image', `${i}/image`],
    // The initiative is looked up before the upload is read: any body gets the 404.
    ['PUT /api/initiatives/:id/image', `${i}/image`, { alt: 'Pirate' }],
    ['PATCH /api/initiatives/:id/image', `${i}/image`, { alt: 'Pirate' }],
    ['DELETE /api/initiatives/:id/image', `${i}/image`],
    ['GET /api/ideas/:id', `/api/ideas/${f.ideaId}`],
    ['PUT /api/ideas/:id/vote', `/api/ideas/${f.ideaId}/vote`, { value: -1 }],
    ['POST /api/ideas/:id/comments', `/api/ideas/${f.ideaId}/comments`, { text: 'Pirate' }],
    ['POST /api/ideas/:id/answer', `/api/ideas/${f.ideaId}/answer`, { status: 'done', answer: 'Pirate' }],
    ['GET /api/charters/:id', `/api/charters/${f.charterId}`],
    ['PATCH /api/charters/:id', `/api/charters/${f.charterId}`, { title: 'Pirate' }],
    ['POST /api/charters/:id/versions', `/api/charters/${f.charterId}/versions`],
    ['GET /api/versions/:id', `/api/versions/${f.publishedId}`],
    ['GET /api/versions/:id', `/api/versions/${f.draftId}`],
    ['GET /api/versions/:id/report/:lang', `/api/versions/${f.publishedId}/report/fr`],
    ['GET /api/versions/:id/diff/:otherId', `/api/versions/${f.draftId}/diff/${f.publishedId}`],
    ['GET /api/versions/:id/diff/:otherId', `/api/versions/${f.ownVersionId}/diff/${f.publishedId}`],
    ['GET /api/versions/:id/diff/:otherId', `/api/versions/${f.publishedId}/diff/${f.ownVersionId}`],
    [
      'PUT /api/versions/:id/documents/:lang',
      `/api/versions/${f.draftId}/documents/fr`,
      { source: 'Piraté.' },
    ],
    ['POST /api/versions/:id/submit', `/api/versions/${f.draftId}/submit`],
    ['POST /api/versions/:id/approve', `/api/versions/${f.draftId}/approve`, { comment: 'ok' }],
    [
      'POST /api/versions/:id/request-changes',
      `/api/versions/${f.draftId}/request-changes`,
      { comment: 'non' },
    ],
    ['POST /api/versions/:id/publish', `/api/versions/${f.draftId}/publish`],
    ['POST /api/versions/:id/archive', `/api/versions/${f.publishedId}/archive`],
    ['PATCH /api/members/:id', `/api/members/${f.memberId}`, { role: 'staff' }],
    ['PATCH /api/members/:id', `/api/members/${f.ownMemberId}`, { unitId: f.unitId }],
    ['DELETE /api/members/:id', `/api/members/${f.memberId}`],
    [
      'POST /api/members/:id/password',
      `/api/members/${f.memberId}/password`,
      { newPassword: 'long-enough-pw' },
    ],
    ['PATCH /api/units/:id', `/api/units/${f.unitId}`, { name: 'Pirate' }],
    ['DELETE /api/units/:id', `/api/units/${f.unitId}`],
    [
      'POST /api/members',
      '/api/members',
      { email: 'new@autre.test', name: 'N', role: 'staff', password: 'long-enough-pw', unitId: f.unitId },
    ],
  ];
}

describeEachDatabase('tenancy', (h) => {
  let t: TestApp;
  let demoAdmin: Client;
  let otherAdmin: Client;
  let ids: ForeignIds;
  let snapshot: () => Promise<unknown>;

  beforeAll(async () => {
    t = await h.start({ seedDemo: true });
    const other = await createOtherOrganization(t);
    demoAdmin = await t.login(DEMO.admin);
    otherAdmin = await t.login(other.admin);
    const charters = (await demoAdmin.get('/api/charters')).json();
    const draft = (await demoAdmin.post(`/api/charters/${charters[0].id}/versions`)).json();
    const unit = (await demoAdmin.post('/api/units', { name: 'École des Rivières' })).json();
    const members = (await demoAdmin.get('/api/members')).json();
    const own = (
      await otherAdmin.post('/api/charters', {
        title: 'Our charter',
        langs: ['en'],
        sources: { en: 'We encourage you to share.' },
      })
    ).json();
    const ownMembers = (await otherAdmin.get('/api/members')).json();
    await demoAdmin.patch('/api/organization', { values: ['Entraide'] });
    const initiative = (
      await demoAdmin.post('/api/initiatives', {
        title: 'Club de lecture',
        description: 'Des élèves présentent leurs lectures.',
        platforms: ['Instagram'],
        audience: 'Parents',
        values: ['Entraide'],
        studentsAppear: false,
        publicOk: true,
      })
    ).json();
    await demoAdmin.post(`/api/initiatives/${initiative.id}/review`, {
      decision: 'approve',
      message: 'Bravo',
    });
    const idea = (await demoAdmin.post('/api/ideas', { title: 'Une idée', body: 'Un atelier.' })).json();
    ids = {
      initiativeId: initiative.id,
      ideaId: idea.id,
      charterId: charters[0].id,
      publishedId: charters[0].published.versionId,
      draftId: draft.id,
      memberId: members.find((m: { role: string }) => m.role === 'staff').id,
      unitId: unit.id,
      ownVersionId: own.versions[0].id,
      ownMemberId: ownMembers.find((m: { role: string }) => m.role === 'staff').id,
    };
    snapshot = async () => ({
      versions: await t.db.selectFrom('charter_versions').selectAll().orderBy('id').execute(),
      documents: await t.db
        .selectFrom('version_documents')
        .select(['id', 'source', 'updated_at'])
        .orderBy('id')
        .execute(),
      charters: await t.db.selectFrom('charters').selectAll().orderBy('id').execute(),
      members: await t.db.selectFrom('memberships').selectAll().orderBy('id').execute(),
      units: await t.db.selectFrom('units').selectAll().orderBy('id').execute(),
      initiatives: await t.db.selectFrom('initiatives').selectAll().orderBy('id').execute(),
      messages: await t.db.selectFrom('initiative_messages').selectAll().orderBy('id').execute(),
      kudos: await t.db.selectFrom('kudos').selectAll().orderBy('id').execute(),
      ideas: await t.db.selectFrom('ideas').selectAll().orderBy('id').execute(),
      votes: await t.db.selectFrom('idea_votes').selectAll().orderBy('id').execute(),
      comments: await t.db.selectFrom('idea_comments').selectAll().orderBy('id').execute(),
    });
  });

  it('answers 404 to every route given another organization’s ids, and changes nothing', async () => {
    const calls = foreignCalls(ids);
    // Public gallery pages take an id too; their tenancy is the Valoriser suite's (org A never shows B's).
    const withIds = Object.keys(ROUTE_ACCESS).filter((k) => k.includes('/:id') && !k.startsWith('GET /c/'));
    expect(new Set(calls.map(([key]) => key))).toEqual(new Set([...withIds, 'POST /api/members']));
    const before = await snapshot();
    for (const [key, url, body] of calls) {
      const method = key.split(' ')[0] as 'GET';
      const response = await t.app.inject({
        method,
        url,
        headers: { cookie: otherAdmin.cookie, 'x-csrf-token': otherAdmin.csrf },
        ...(body === undefined ? {} : { payload: body as object }),
      });
      expect(response.statusCode, `${key} ${url}: ${response.body.slice(0, 200)}`).toBe(404);
      expect(response.json().error.code).toBe('not-found');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('lists only the caller’s own rows', async () => {
    const charters = (await otherAdmin.get('/api/charters')).json();
    expect(charters.map((c: { title: string }) => c.title)).toEqual(['Our charter']);
    const members = (await otherAdmin.get('/api/members')).json();
    expect(members.map((m: { email: string }) => m.email).sort()).toEqual([
      'admin@autre.test',
      'communications@autre.test',
      'reviewer@autre.test',
      'staff@autre.test',
    ]);
    expect((await otherAdmin.get('/api/units')).json()).toEqual([]);
    const audit = (await otherAdmin.get('/api/audit?limit=200')).json().entries;
    const organization = (await otherAdmin.get('/api/organization')).json();
    expect(organization.slug).toBe('autre');
    const ownIds = new Set([
      organization.id,
      ids.ownVersionId,
      ...charters.map((c: { id: string }) => c.id),
      ...members.map((m: { id: string }) => m.id),
    ]);
    expect(audit.length).toBeGreaterThan(0);
    for (const entry of audit) expect(ownIds.has(entry.entityId), JSON.stringify(entry)).toBe(true);
    const demoAudit = (await demoAdmin.get('/api/audit?limit=200')).json().entries;
    expect(
      demoAudit.some((e: { actor: { id: string } | null }) => e.actor?.id === otherAdmin.session.user.id),
    ).toBe(false);
    // Public pages are per organization too.
    expect((await t.app.inject('/c/autre/charte-medias-sociaux/')).statusCode).toBe(404);
    expect((await t.app.inject('/c/demo/charte-medias-sociaux/')).statusCode).toBe(200);
  });

  it('refuses an e-mail that already belongs to another organization', async () => {
    const response = await otherAdmin.post('/api/members', {
      email: DEMO.staff,
      name: 'Taken',
      role: 'staff',
      password: 'long-enough-pw',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.reason).toBe('email-taken');
  });
});
