import { beforeAll, expect, it } from 'vitest';
import { PUBLIC_CSP } from './public/site.js';
import {
  type Client,
  createOtherOrganization,
  DEMO,
  describeEachDatabase,
  type TestApp,
} from './test-support/harness.js';

const BASE = {
  title: 'Club de lecture',
  description: 'Des élèves présentent leurs lectures du mois.',
  platforms: ['Instagram'],
  audience: 'Parents',
  values: ['Entraide'],
  studentsAppear: false,
  publicOk: true,
};

describeEachDatabase('Valoriser', (h) => {
  let t: TestApp;
  let admin: Client;
  let comms: Client;
  let reviewer: Client;
  let staff: Client;
  let unitId: string;

  beforeAll(async () => {
    t = await h.start({ seedDemo: true });
    // The demo accounts, without the demo's Valoriser history: these tests count what they create.
    for (const table of [
      'notifications',
      'kudos',
      'initiative_messages',
      'initiative_images',
      'initiatives',
      'idea_comments',
      'idea_votes',
      'ideas',
      'units',
    ] as const)
      await t.db.deleteFrom(table).execute();
    [admin, comms, reviewer, staff] = await Promise.all([
      t.login(DEMO.admin),
      t.login(DEMO.communications),
      t.login(DEMO.reviewer),
      t.login(DEMO.staff),
    ]);
    const values = await admin.patch('/api/organization', { values: ['Entraide', 'Créativité', 'Respect'] });
    expect(values.statusCode).toBe(200);
    expect(values.json().values).toEqual(['Entraide', 'Créativité', 'Respect']);
    unitId = (await admin.post('/api/units', { name: 'École du Parc' })).json().id;
  });

  const audit = async (entityId: string) =>
    (
      await t.db
        .selectFrom('audit_log')
        .select(['action', 'actor_id'])
        .where('entity_id', '=', entityId)
        .orderBy('at')
        .execute()
    ).map((r) => r.action);

  /** Proposed by staff, approved by communications, showcased: public. */
  async function publicInitiative(overrides: Partial<typeof BASE> & Record<string, unknown> = {}) {
    const created = await staff.post('/api/initiatives', { ...BASE, ...overrides });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect(
      (await comms.post(`/api/initiatives/${id}/review`, { decision: 'approve', message: 'Bravo !' }))
        .statusCode,
    ).toBe(200);
    expect((await comms.post(`/api/initiatives/${id}/showcase`, { showcased: true })).statusCode).toBe(200);
    return id;
  }

  it('sets and reads the organization’s values, audited', async () => {
    const org = (await staff.get('/api/organization')).json();
    expect(org.values).toEqual(['Entraide', 'Créativité', 'Respect']);
    const dup = await admin.patch('/api/organization', { values: ['Entraide', 'entraide'] });
    expect(dup.statusCode).toBe(400);
    expect((await staff.patch('/api/organization', { values: ['Entraide'] })).statusCode).toBe(403);
    expect(await audit(org.id)).toContain('organization.update');
  });

  it('proposes, requests changes, edits back to proposed, approves — with a thread and audit rows', async () => {
    const created = await staff.post('/api/initiatives', {
      ...BASE,
      unitId,
      accountUrl: 'https://instagram.com/club',
      studentsAppear: true,
      consent: { obtained: true, note: 'Formulaires signés' },
    });
    expect(created.statusCode).toBe(201);
    const initiative = created.json();
    expect(initiative).toMatchObject({
      status: 'proposed',
      unit: 'École du Parc',
      consent: { obtained: true, note: 'Formulaires signés' },
      public: false,
      proposer: { id: staff.session.user.id },
    });
    const id = initiative.id;

    // Staff cannot review or showcase.
    expect(
      (await staff.post(`/api/initiatives/${id}/review`, { decision: 'approve', message: 'Moi' })).statusCode,
    ).toBe(403);
    expect((await staff.post(`/api/initiatives/${id}/showcase`, { showcased: true })).statusCode).toBe(403);
    // Showcase only approved ones.
    const early = await comms.post(`/api/initiatives/${id}/showcase`, { showcased: true });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.reason).toBe('initiative-not-approved');

    const changes = await comms.post(`/api/initiatives/${id}/review`, {
      decision: 'request_changes',
      message: 'Belle idée ! Précisez le public visé.',
    });
    expect(changes.json().status).toBe('changes_requested');
    // Someone else cannot edit it.
    expect((await admin.patch(`/api/initiatives/${id}`, { audience: 'Tous' })).statusCode).toBe(403);
    const edited = await staff.patch(`/api/initiatives/${id}`, { audience: 'Parents du primaire' });
    expect(edited.json()).toMatchObject({ status: 'proposed', audience: 'Parents du primaire' });
    expect((await staff.post(`/api/initiatives/${id}/messages`, { text: 'C’est fait !' })).statusCode).toBe(
      200,
    );
    // A reviewer reads it but does not write in the thread.
    expect((await reviewer.get(`/api/initiatives/${id}`)).statusCode).toBe(200);
    expect((await reviewer.post(`/api/initiatives/${id}/messages`, { text: 'Hm' })).statusCode).toBe(403);

    const approved = (
      await comms.post(`/api/initiatives/${id}/review`, { decision: 'approve', message: 'Bravo, on publie.' })
    ).json();
    expect(approved.status).toBe('approved');
    expect(approved.reviews.map((r: { kind: string }) => r.kind)).toEqual(['request_changes', 'approve']);
    expect(approved.messages.map((m: { text: string }) => m.text)).toEqual(['C’est fait !']);
    // Approved: no more edits, no second review.
    expect((await staff.patch(`/api/initiatives/${id}`, { title: 'Autre' })).json().error.reason).toBe(
      'initiative-status',
    );
    expect(
      (await comms.post(`/api/initiatives/${id}/review`, { decision: 'decline', message: 'Non' })).json()
        .error.reason,
    ).toBe('initiative-status');
    expect(await audit(id)).toEqual([
      'initiative.create',
      'initiative.request-changes',
      'initiative.update',
      'initiative.message',
      'initiative.approve',
    ]);

    // The clauses that apply, from the published charter's stored coverage.
    const clauses = approved.clauses as { clause: string; present: boolean; charterId: string }[];
    expect(new Set(clauses.map((c) => c.clause))).toEqual(
      new Set([
        'initiatives',
        'respect',
        'community-management',
        'image-consent',
        'privacy',
        'official-accounts',
      ]),
    );
    expect(clauses.every((c) => c.present)).toBe(true);
  });

  it('refuses values outside the organization’s list (with the path) and a missing consent', async () => {
    const bad = await staff.post('/api/initiatives', { ...BASE, values: ['Entraide', 'Vitesse'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues).toEqual([{ path: 'body.values.1', message: expect.any(String) }]);
    const noConsent = await staff.post('/api/initiatives', { ...BASE, studentsAppear: true });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().error.issues[0].path).toBe('body.consent');
    const notObtained = await staff.post('/api/initiatives', {
      ...BASE,
      studentsAppear: true,
      consent: { obtained: false },
    });
    expect(notObtained.statusCode).toBe(201);
    const refused = await comms.post(`/api/initiatives/${notObtained.json().id}/review`, {
      decision: 'approve',
      message: 'Bravo',
    });
    expect(refused.json().error.reason).toBe('consent-missing');
  });

  it('shows nothing publicly unless approved, agreed by the proposer and showcased', async () => {
    const shown = await publicInitiative({ title: 'Tout est d’accord' });
    const notOk = await publicInitiative({ title: 'Sans accord', publicOk: false });
    const notShowcased = (await staff.post('/api/initiatives', { ...BASE, title: 'Pas vitrine' })).json().id;
    await comms.post(`/api/initiatives/${notShowcased}/review`, { decision: 'approve', message: 'Bravo' });
    const notApproved = (await staff.post('/api/initiatives', { ...BASE, title: 'Pas approuvée' })).json().id;

    const cards = (await t.app.inject('/api/public/demo/initiatives')).json();
    const ids = cards.map((c: { id: string }) => c.id);
    expect(ids).toContain(shown);
    for (const hidden of [notOk, notShowcased, notApproved]) {
      expect(ids).not.toContain(hidden);
      expect((await t.app.inject(`/c/demo/initiatives/${hidden}`)).statusCode).toBe(404);
    }
    const page = await t.app.inject(`/c/demo/initiatives/${shown}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toBe(PUBLIC_CSP);
    expect(page.body).toContain('Tout est d’accord');
    expect(page.body).toContain('<html lang="fr">');
    // Taking it out of the showcase removes it at once (the cache is dropped).
    await comms.post(`/api/initiatives/${shown}/showcase`, { showcased: false });
    expect((await t.app.inject(`/c/demo/initiatives/${shown}`)).statusCode).toBe(404);
    expect((await t.app.inject('/c/demo/initiatives/')).body).not.toContain('Tout est d’accord');
    // Nothing in the showcase: the page says so, not that filters match nothing.
    expect((await t.app.inject('/c/demo/initiatives/')).body).toContain(
      'Aucune initiative n’est encore à l’honneur',
    );
    expect((await t.app.inject('/c/nowhere/initiatives/')).statusCode).toBe(404);
    expect((await t.app.inject('/api/public/nowhere/initiatives')).statusCode).toBe(404);
  });

  it('tells the curator who asked for changes of the answer and of the resubmission', async () => {
    const id = (await staff.post('/api/initiatives', BASE)).json().id as string;
    const unread = async (c: Client) =>
      (
        (await c.get('/api/notifications')).json() as {
          notifications: { kind: string; initiativeId: string; readAt: string | null }[];
        }
      ).notifications.filter((n) => n.initiativeId === id && n.readAt === null);
    // Before any review, the proposer's message reaches nobody: the queue shows the initiative.
    await staff.post(`/api/initiatives/${id}/messages`, {
      text: 'Une précision : le club se réunit le midi.',
    });
    expect(await unread(comms)).toEqual([]);
    await comms.post(`/api/initiatives/${id}/review`, {
      decision: 'request_changes',
      message: 'Précisez le public.',
    });
    await staff.post(`/api/initiatives/${id}/messages`, { text: 'Je m’en occupe.' });
    await staff.patch(`/api/initiatives/${id}`, { audience: 'Parents et élèves du 3e cycle' });
    expect((await unread(comms)).map((n) => n.kind)).toEqual(['resubmitted', 'message']);
    // Curators who did not take part are not disturbed; the proposer is not told of their own acts.
    expect(await unread(admin)).toEqual([]);
    expect((await unread(staff)).map((n) => n.kind)).toEqual(['review']);
  });

  it('lets an edit remove the account address and the consent answer once no student appears', async () => {
    const created = await staff.post('/api/initiatives', {
      ...BASE,
      accountUrl: 'https://example.org/club',
      studentsAppear: true,
      consent: { obtained: true, note: 'Formulaires signés' },
    });
    const id = created.json().id as string;
    expect(created.json()).toMatchObject({
      accountUrl: 'https://example.org/club',
      consent: { obtained: true, note: 'Formulaires signés' },
    });
    const edited = await staff.patch(`/api/initiatives/${id}`, {
      accountUrl: null,
      studentsAppear: false,
      consent: { obtained: true, note: 'Formulaires signés' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ accountUrl: null, studentsAppear: false, consent: null });
    // Left out, the address stays as it was.
    await staff.patch(`/api/initiatives/${id}`, { accountUrl: 'https://example.org/autre' });
    const kept = await staff.patch(`/api/initiatives/${id}`, { title: 'Club de lecture du midi' });
    expect(kept.json().accountUrl).toBe('https://example.org/autre');
    // A consent answer sent with "no student appears" is not recorded on creation either.
    const none = await staff.post('/api/initiatives', { ...BASE, consent: { obtained: false } });
    expect(none.json().consent).toBeNull();
  });

  it('escapes user text and filters the gallery by value, platform and unit', async () => {
    const evil = await publicInitiative({
      title: '<script>alert(1)</script>',
      description: '"><img src=x onerror=alert(1)>',
      values: ['Créativité'],
      platforms: ['TikTok'],
      unitId,
    });
    const gallery = await t.app.inject('/c/demo/initiatives/');
    expect(gallery.statusCode).toBe(200);
    expect(gallery.body).not.toContain('<script>');
    expect(gallery.body).not.toContain('<img');
    expect(gallery.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(gallery.body).toContain('href="?value=Cr%C3%A9ativit%C3%A9"');
    const byValue = await t.app.inject('/c/demo/initiatives/?value=Cr%C3%A9ativit%C3%A9');
    expect(byValue.body).toContain(`href="${evil}"`);
    expect(byValue.body).not.toContain('Club de lecture');
    const byPlatform = await t.app.inject('/c/demo/initiatives/?platform=Instagram');
    expect(byPlatform.body).not.toContain(`href="${evil}"`);
    const byUnit = await t.app.inject(`/c/demo/initiatives/?unit=${encodeURIComponent('École du Parc')}`);
    expect(byUnit.body).toContain(`href="${evil}"`);
    const none = await t.app.inject('/c/demo/initiatives/?unit=Ailleurs');
    expect(none.body).toContain('Aucune initiative');
    const css = await t.app.inject('/c/demo/initiatives/style.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    // Same page twice: the second is served from the cache with the same ETag (304 on revalidation).
    const again = await t.app.inject({
      url: '/c/demo/initiatives/',
      headers: { 'if-none-match': gallery.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
  });

  it('never shows an organization’s initiatives in another’s gallery, nor its ids', async () => {
    const other = await createOtherOrganization(t, 'valo');
    const otherAdmin = await t.login(other.admin);
    await otherAdmin.patch('/api/organization', { values: ['Courage'] });
    const own = (
      await otherAdmin.post('/api/initiatives', {
        ...BASE,
        title: 'Other org initiative',
        values: ['Courage'],
      })
    ).json().id;
    await otherAdmin.post(`/api/initiatives/${own}/review`, { decision: 'approve', message: 'Great' });
    await otherAdmin.post(`/api/initiatives/${own}/showcase`, { showcased: true });
    const theirs = await t.app.inject('/c/valo/initiatives/');
    expect(theirs.body).toContain('Other org initiative');
    expect(theirs.body).toContain('<html lang="en">');
    expect(theirs.body).not.toContain('Club de lecture');
    expect((await t.app.inject('/c/demo/initiatives/')).body).not.toContain('Other org initiative');
    expect((await t.app.inject(`/c/demo/initiatives/${own}`)).statusCode).toBe(404);
    expect((await admin.get(`/api/initiatives/${own}`)).statusCode).toBe(404);
    expect((await admin.get('/api/initiatives')).json().some((i: { id: string }) => i.id === own)).toBe(
      false,
    );
  });

  it('lists: staff see their own, curators see all, with status and mine filters', async () => {
    const mine = (await comms.post('/api/initiatives', { ...BASE, title: 'De la part des comms' })).json().id;
    const staffList = (await staff.get('/api/initiatives')).json();
    expect(staffList.length).toBeGreaterThan(0);
    expect(
      staffList.every((i: { proposer: { id: string } }) => i.proposer.id === staff.session.user.id),
    ).toBe(true);
    const all = (await reviewer.get('/api/initiatives')).json();
    expect(all.some((i: { id: string }) => i.id === mine)).toBe(true);
    const own = (await comms.get('/api/initiatives?mine=1')).json();
    expect(own.map((i: { id: string }) => i.id)).toEqual([mine]);
    const proposed = (await admin.get('/api/initiatives?status=proposed')).json();
    expect(proposed.every((i: { status: string }) => i.status === 'proposed')).toBe(true);
    // Staff do not see another member's initiative until it is approved.
    expect((await staff.get(`/api/initiatives/${mine}`)).statusCode).toBe(404);
  });

  it('gives one kudos per member (a second replaces the message), notifies the proposer, feeds highlights', async () => {
    const id = await publicInitiative({ title: 'Kudos test' });
    const before = (await staff.get('/api/notifications')).json();
    const first = await admin.post(`/api/initiatives/${id}/kudos`, { message: 'Merci !' });
    expect(first.statusCode).toBe(200);
    const second = await admin.post(`/api/initiatives/${id}/kudos`, { message: 'Vraiment merci !' });
    expect(second.json().kudosCount).toBe(1);
    expect(second.json().myKudos).toEqual({ message: 'Vraiment merci !' });
    await reviewer.post(`/api/initiatives/${id}/kudos`, {});
    expect((await staff.get(`/api/initiatives/${id}`)).json().kudosCount).toBe(2);
    const rows = await t.db.selectFrom('kudos').selectAll().where('initiative_id', '=', id).execute();
    expect(rows).toHaveLength(2);

    const after = (await staff.get('/api/notifications')).json();
    const kudos = after.notifications.filter(
      (n: { kind: string; initiativeId: string }) => n.kind === 'kudos' && n.initiativeId === id,
    );
    expect(kudos).toHaveLength(3);
    expect(kudos[0]).toMatchObject({ actor: 'Révision (démo)', readAt: null });
    expect(after.unread).toBe(before.unread + 3);
    // Nobody else reads or marks them.
    await admin.post('/api/notifications/read', { ids: kudos.map((n: { id: string }) => n.id) });
    expect((await staff.get('/api/notifications')).json().unread).toBe(after.unread);
    const read = await staff.post('/api/notifications/read', { ids: [kudos[0].id] });
    expect(read.json().unread).toBe(after.unread - 1);
    expect(await audit(staff.session.user.id)).toContain('notification.read');

    const feed = (await staff.get('/api/highlights')).json();
    expect(feed[0]).toMatchObject({ kind: 'kudos', initiativeId: id });
    expect(
      feed.some(
        (h: { kind: string; initiativeId: string }) => h.kind === 'showcased' && h.initiativeId === id,
      ),
    ).toBe(true);
    expect(feed.length).toBeLessThanOrEqual(50);
    const dates = feed.map((h: { at: string }) => h.at);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect((await audit(id)).filter((a) => a === 'initiative.kudos')).toHaveLength(3);

    // Not on an initiative that is not approved.
    const proposed = (await staff.post('/api/initiatives', BASE)).json().id;
    expect((await admin.post(`/api/initiatives/${proposed}/kudos`, {})).json().error.reason).toBe(
      'initiative-not-approved',
    );
  });

  it('runs the ideas box: votes that change, comments, the answer', async () => {
    const idea = (
      await staff.post('/api/ideas', { title: 'Atelier photo', body: 'Apprendre à cadrer.' })
    ).json();
    expect(idea).toMatchObject({ status: 'open', votes: { up: 0, down: 0, score: 0 }, myVote: 0 });
    const id = idea.id;
    expect((await admin.put(`/api/ideas/${id}/vote`, { value: 1 })).json().myVote).toBe(1);
    await comms.put(`/api/ideas/${id}/vote`, { value: 1 });
    expect((await admin.put(`/api/ideas/${id}/vote`, { value: -1 })).json().votes).toEqual({
      up: 1,
      down: 1,
      score: 0,
    });
    expect((await comms.put(`/api/ideas/${id}/vote`, { value: 0 })).json().votes).toEqual({
      up: 0,
      down: 1,
      score: -1,
    });
    const listed = (await admin.get('/api/ideas')).json().find((i: { id: string }) => i.id === id);
    expect(listed).toMatchObject({ myVote: -1, votes: { down: 1 } });
    expect(
      (await staff.post(`/api/ideas/${id}/comments`, { text: 'Le mardi ?' })).json().comments,
    ).toHaveLength(1);
    expect(
      (await staff.post(`/api/ideas/${id}/answer`, { status: 'adopted', answer: 'Oui' })).statusCode,
    ).toBe(403);
    const answered = (
      await comms.post(`/api/ideas/${id}/answer`, { status: 'adopted', answer: 'Adoptée !' })
    ).json();
    expect(answered).toMatchObject({
      status: 'adopted',
      answer: { text: 'Adoptée !', by: expect.any(String) },
    });
    expect((await staff.get('/api/ideas?status=adopted')).json().map((i: { id: string }) => i.id)).toEqual([
      id,
    ]);
    expect((await staff.get('/api/notifications')).json().notifications[0]).toMatchObject({
      kind: 'idea-answer',
      ideaId: id,
    });
    expect(await audit(id)).toEqual([
      'idea.create',
      'idea.vote',
      'idea.vote',
      'idea.vote',
      'idea.vote',
      'idea.comment',
      'idea.answer',
    ]);
  });

  it('counts recognition figures and exports them as CSV', async () => {
    const figures = (await comms.get('/api/recognition')).json();
    const month = new Date().toISOString().slice(0, 7);
    const unit = figures.byUnit.find(
      (u: { unit: string | null; month: string }) => u.unit === 'École du Parc',
    );
    expect(unit).toMatchObject({ month, proposed: 2, approved: 2, showcased: 1 });
    const creativity = figures.byValue.find((v: { value: string }) => v.value === 'Créativité');
    expect(creativity).toMatchObject({ proposed: 1, approved: 1, showcased: 1 });
    expect(figures.kudos).toEqual([{ month, count: 2 }]);
    expect(figures.ideasAdopted).toEqual([{ month, count: 1 }]);
    const empty = (await comms.get('/api/recognition?from=2000-01-01&to=2000-12-31')).json();
    expect(empty).toMatchObject({ from: '2000-01-01', byUnit: [], kudos: [] });
    expect((await staff.get('/api/recognition')).statusCode).toBe(403);

    const csv = await admin.get('/api/recognition.csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="recognition.csv"');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('section;month;key;proposed;approved;showcased;count');
    expect(lines).toContain(`unit;${month};École du Parc;2;2;1;`);
    expect(lines).toContain(`kudos;${month};;;;;2`);
    expect(lines).toContain(`ideas-adopted;${month};;;;;1`);
  });
});
