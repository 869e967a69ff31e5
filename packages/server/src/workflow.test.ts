import { beforeAll, expect, it } from 'vitest';
import { type Client, DEMO, describeEachDatabase, type TestApp } from './test-support/harness.js';

const FR = `# Charte de l’école

## Encadrer

Il est interdit de publier la photo d’un élève sans le consentement de ses parents.

## Valoriser

Nous encourageons chaque équipe à partager ses bons coups.
`;

const EN = `# School charter

## Framework

Do not post a student's photo without their parents' consent.

## Recognition

We encourage every team to share its good news.
`;

describeEachDatabase('charters and the review workflow', (h) => {
  let t: TestApp;
  let admin: Client;
  let comms: Client;
  let reviewer: Client;
  let staff: Client;

  beforeAll(async () => {
    t = await h.start({ seedDemo: true });
    [admin, comms, reviewer, staff] = await Promise.all([
      t.login(DEMO.admin),
      t.login(DEMO.communications),
      t.login(DEMO.reviewer),
      t.login(DEMO.staff),
    ]);
  });

  async function audit(entityId: string) {
    const rows = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', entityId)
      .orderBy('at')
      .execute();
    return rows.map((r) => ({
      action: r.action,
      actor: r.actor_id,
      before: r.before === null ? null : JSON.parse(r.before),
      after: r.after === null ? null : JSON.parse(r.after),
    }));
  }

  it('creates a charter from the organization’s template, analyzed', async () => {
    const created = await comms.post('/api/charters', {
      title: 'Charte des médias sociaux',
      langs: ['en', 'fr'],
    });
    expect(created.statusCode).toBe(201);
    const charter = created.json();
    expect(charter).toMatchObject({ slug: 'charte-des-medias-sociaux', langs: ['fr', 'en'] });
    expect(charter.versions).toHaveLength(1);
    expect(charter.versions[0]).toMatchObject({ number: 1, status: 'draft', approved: false });
    const version = (await comms.get(`/api/versions/${charter.versions[0].id}`)).json();
    expect(Object.keys(version.documents)).toEqual(['fr', 'en']);
    expect(version.documents.fr.source).toMatch(
      /^# Charte d’utilisation des médias sociaux — Centre de services/,
    );
    expect(version.documents.en.source).toMatch(/\n## Introduction\n/);
    // The template passes its own review.
    expect(version.documents.fr.coverage).toBe(15);
    expect(version.documents.fr.balance).toBeGreaterThanOrEqual(70);
    expect(version.documents.fr.score).toBeGreaterThanOrEqual(80);
    expect(version.documents.fr).toMatchObject({
      updatedBy: comms.session.user.name,
      updatedById: comms.session.user.id,
    });
    expect(version).toMatchObject({ createdBy: comms.session.user.name, createdById: comms.session.user.id });
    expect(version.behind).toEqual([]);
    // A second charter with the same title gets another slug; a taken explicit slug is a conflict.
    const second = await comms.post('/api/charters', { title: 'Charte des médias sociaux', langs: ['fr'] });
    expect(second.json().slug).toBe('charte-des-medias-sociaux-2');
    const taken = await comms.post('/api/charters', {
      title: 'X',
      slug: 'charte-des-medias-sociaux',
      langs: ['fr'],
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.reason).toBe('slug-taken');
    const stray = await comms.post('/api/charters', { title: 'Y', langs: ['fr'], sources: { en: 'Hello.' } });
    expect(stray.statusCode).toBe(400);
    expect(stray.json().error.issues[0].path).toBe('body.sources.en');
  });

  it('runs draft → in_review → approved → published, and records who did what', async () => {
    const charter = (
      await comms.post('/api/charters', {
        title: 'Charte du personnel',
        langs: ['fr', 'en'],
        sources: { fr: FR, en: EN },
      })
    ).json();
    const id = charter.versions[0].id;
    const draft = (await comms.get(`/api/versions/${id}`)).json();
    expect(draft.documents.fr.source).toBe(FR);

    // Editing one language leaves the other behind until it is edited too.
    const edited = await comms.put(`/api/versions/${id}/documents/fr`, {
      source: `${FR}\nNous répondons en 24 h.\n`,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().behind).toEqual(['en']);
    const caughtUp = await comms.put(`/api/versions/${id}/documents/en`, {
      source: `${EN}\nWe answer within 24 h.\n`,
    });
    expect(caughtUp.json().behind).toEqual([]);

    expect(
      (await reviewer.post(`/api/versions/${id}/approve`, { comment: 'Trop tôt' })).json().error.reason,
    ).toBe('invalid-status');
    const submitted = await comms.post(`/api/versions/${id}/submit`);
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'in_review', approval: null });
    expect(submitted.json().submittedAt).toEqual(expect.any(String));

    const notApproved = await admin.post(`/api/versions/${id}/publish`);
    expect(notApproved.statusCode).toBe(409);
    expect(notApproved.json().error.reason).toBe('not-approved');

    const changes = await reviewer.post(`/api/versions/${id}/request-changes`, {
      comment: 'Ajoutez un contact.',
    });
    expect(changes.json()).toMatchObject({ status: 'draft', submittedAt: null });
    expect(changes.json().reviewComments).toEqual([
      {
        by: reviewer.session.user.name,
        byId: reviewer.session.user.id,
        at: expect.any(String),
        comment: 'Ajoutez un contact.',
        kind: 'changes',
      },
    ]);

    await comms.post(`/api/versions/${id}/submit`);
    const approved = await reviewer.post(`/api/versions/${id}/approve`, { comment: 'Très bien.' });
    expect(approved.json().approval).toMatchObject({
      by: 'Révision (démo)',
      byId: reviewer.session.user.id,
      comment: 'Très bien.',
    });

    // An edit after approval sends the version back to draft and drops the approval.
    const reedited = await comms.put(`/api/versions/${id}/documents/fr`, {
      source: `${FR}\nNous répondons en 48 h.\n`,
    });
    expect(reedited.json()).toMatchObject({ status: 'draft', approval: null, behind: ['en'] });
    expect((await admin.post(`/api/versions/${id}/publish`)).json().error.reason).toBe('invalid-status');

    await comms.post(`/api/versions/${id}/submit`);
    await reviewer.post(`/api/versions/${id}/approve`, { comment: 'Approuvée.' });
    const published = await admin.post(`/api/versions/${id}/publish`);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({
      status: 'published',
      publishedBy: 'Administration (démo)',
      publishedById: admin.session.user.id,
    });

    // Published is immutable.
    const immutable = await comms.put(`/api/versions/${id}/documents/fr`, { source: 'Autre chose.' });
    expect(immutable.statusCode).toBe(409);
    expect(immutable.json().error).toMatchObject({ code: 'conflict', reason: 'immutable' });
    expect((await comms.post(`/api/versions/${id}/submit`)).json().error.reason).toBe('immutable');
    expect((await reviewer.post(`/api/versions/${id}/approve`, { comment: 'x' })).json().error.reason).toBe(
      'immutable',
    );

    const list = (await staff.get('/api/charters')).json();
    const entry = list.find((c: { id: string }) => c.id === charter.id);
    expect(entry).toMatchObject({ published: { versionId: id, number: 1 }, latest: null });

    const trail = await audit(id);
    expect(trail.map((a) => a.action)).toEqual([
      'version.document.save',
      'version.document.save',
      'version.submit',
      'version.request-changes',
      'version.submit',
      'version.approve',
      'version.document.save',
      'version.submit',
      'version.approve',
      'version.publish',
    ]);
    const publish = trail.at(-1)!;
    expect(publish.actor).toBe(admin.session.user.id);
    expect(publish.before).toMatchObject({
      status: 'in_review',
      approvedBy: reviewer.session.user.id,
      publishedAt: null,
    });
    expect(publish.after).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
    const reopened = trail[6];
    expect(reopened.before).toMatchObject({ status: 'in_review', approved: true, document: { lang: 'fr' } });
    expect(reopened.after).toMatchObject({ status: 'draft', approved: false, document: { lang: 'fr' } });
    expect(reopened.after.document.sha256).not.toBe(reopened.before.document.sha256);
  });

  it('starts a new version from the latest, one at a time, and archives the previous publication', async () => {
    const charter = (
      await comms.post('/api/charters', { title: 'Charte versionnée', langs: ['fr'], sources: { fr: FR } })
    ).json();
    const v1 = charter.versions[0].id;
    const early = await comms.post(`/api/charters/${charter.id}/versions`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.reason).toBe('open-version-exists');
    await comms.post(`/api/versions/${v1}/submit`);
    await reviewer.post(`/api/versions/${v1}/approve`, { comment: '' });
    await admin.post(`/api/versions/${v1}/publish`);

    const created = await comms.post(`/api/charters/${charter.id}/versions`);
    expect(created.statusCode).toBe(201);
    const v2 = created.json();
    expect(v2).toMatchObject({ number: 2, status: 'draft', approval: null, reviewComments: [] });
    expect(v2.documents.fr.source).toBe(FR);
    await comms.put(`/api/versions/${v2.id}/documents/fr`, { source: `${FR}\nNous répondons en 24 h.\n` });
    await comms.post(`/api/versions/${v2.id}/submit`);
    await reviewer.post(`/api/versions/${v2.id}/approve`, { comment: 'OK' });
    expect((await admin.post(`/api/versions/${v2.id}/publish`)).json().status).toBe('published');
    const old = (await admin.get(`/api/versions/${v1}`)).json();
    expect(old.status).toBe('archived');
    expect(old.archivedAt).toEqual(expect.any(String));
    const view = (await admin.get(`/api/charters/${charter.id}`)).json();
    expect(view.versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([
      [2, 'published'],
      [1, 'archived'],
    ]);
    const archiveTrail = await audit(v1);
    expect(archiveTrail.at(-1)).toMatchObject({
      action: 'version.archive',
      before: { status: 'published' },
      after: { status: 'archived' },
    });
    // Staff see the published version only.
    expect((await staff.get(`/api/charters/${charter.id}`)).json().versions).toHaveLength(1);
    expect((await staff.get(`/api/versions/${v1}`)).statusCode).toBe(404);
    expect((await staff.get(`/api/versions/${v2.id}`)).statusCode).toBe(200);
    // Archiving the published version unpublishes the charter; archiving twice is a conflict.
    expect((await admin.post(`/api/versions/${v2.id}/archive`)).json().status).toBe('archived');
    expect((await admin.post(`/api/versions/${v2.id}/archive`)).json().error.reason).toBe('invalid-status');
    expect((await staff.get(`/api/charters/${charter.id}`)).statusCode).toBe(404);
  });

  it('holds one open version per charter even under simultaneous requests', async () => {
    const charter = (
      await comms.post('/api/charters', { title: 'Concurrence', langs: ['fr'], sources: { fr: FR } })
    ).json();
    const v1 = charter.versions[0].id;
    await comms.post(`/api/versions/${v1}/submit`);
    await reviewer.post(`/api/versions/${v1}/approve`, { comment: '' });
    await admin.post(`/api/versions/${v1}/publish`);
    const results = await Promise.all([
      comms.post(`/api/charters/${charter.id}/versions`),
      admin.post(`/api/charters/${charter.id}/versions`),
      comms.post(`/api/charters/${charter.id}/versions`),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    const open = await t.db
      .selectFrom('charter_versions')
      .select('id')
      .where('charter_id', '=', charter.id)
      .where('status', '=', 'draft')
      .execute();
    expect(open).toHaveLength(1);
  });

  it('serves the stored report and the diff between two versions', async () => {
    const charter = (
      await comms.post('/api/charters', {
        title: 'Charte comparée',
        langs: ['fr', 'en'],
        sources: { fr: FR, en: EN },
      })
    ).json();
    const v1 = charter.versions[0].id;
    const report = await reviewer.get(`/api/versions/${v1}/report/fr`);
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toMatch(/^application\/json/);
    const body = report.json();
    expect(body.document.lang).toBe('fr');
    expect(body.sentences.map((s: { tone: { label: string } }) => s.tone.label)).toContain('prohibition');
    expect(body.review.scores.overall).toBe(
      (await reviewer.get(`/api/versions/${v1}`)).json().documents.fr.score,
    );

    await comms.post(`/api/versions/${v1}/submit`);
    await reviewer.post(`/api/versions/${v1}/approve`, { comment: 'OK' });
    await admin.post(`/api/versions/${v1}/publish`);
    const v2 = (await comms.post(`/api/charters/${charter.id}/versions`)).json().id;
    await comms.put(`/api/versions/${v2}/documents/fr`, {
      source: FR.replace(
        'Il est interdit de publier la photo d’un élève sans le consentement de ses parents.',
        'Vous pouvez publier la photo d’un élève lorsque ses parents y consentent.',
      ),
    });
    const diff = await reviewer.get(`/api/versions/${v2}/diff/${v1}?lang=fr`);
    expect(diff.statusCode).toBe(200);
    const d = diff.json();
    expect(d.summary.changed + d.summary.added + d.summary.removed).toBeGreaterThan(0);
    expect(d.labelChanges[0]).toMatchObject({ from: 'prohibition', to: 'permission' });
    expect(d.balance.delta).toBeGreaterThan(0);
    // The default language is the charter's first; an unchanged language diffs to nothing.
    expect((await reviewer.get(`/api/versions/${v2}/diff/${v1}`)).json().labelChanges).toHaveLength(1);
    const en = (await reviewer.get(`/api/versions/${v2}/diff/${v1}?lang=en`)).json();
    expect(en.summary).toMatchObject({ added: 0, removed: 0, changed: 0, labelChanges: 0 });
    expect((await reviewer.get(`/api/versions/${v2}/report/de`)).statusCode).toBe(400);
    const oneLang = (
      await comms.post('/api/charters', { title: 'Unilingue', langs: ['fr'], sources: { fr: FR } })
    ).json();
    expect((await reviewer.get(`/api/versions/${oneLang.versions[0].id}/report/en`)).statusCode).toBe(404);
    expect(
      (await comms.put(`/api/versions/${oneLang.versions[0].id}/documents/en`, { source: EN })).statusCode,
    ).toBe(404);
  });

  it('analyzes a text on demand', async () => {
    const source =
      'Il est interdit de publier des photos d’élèves. Nous vous encourageons à partager vos réussites.';
    const response = await staff.post('/api/analyze', { source });
    expect(response.statusCode).toBe(200);
    const analysis = response.json();
    expect(analysis.lang).toBe('fr');
    expect(analysis.sentences.map((s: { label: string }) => s.label)).toEqual([
      'prohibition',
      'encouragement',
    ]);
    const [first] = analysis.sentences;
    expect(source.slice(first.start, first.end)).toBe('Il est interdit de publier des photos d’élèves.');
    expect(analysis.balance).toBe(50);
    expect(analysis.counts).toMatchObject({ prohibition: 1, encouragement: 1 });
    expect(analysis.coverage).toHaveLength(15);
    expect(analysis.diagnostics.length).toBeGreaterThan(0);
    expect(analysis.diagnostics[0]).toHaveProperty('ruleId');
    const en = (await staff.post('/api/analyze', { source: 'You may share good news.', lang: 'en' })).json();
    expect(en).toMatchObject({ lang: 'en', balance: 100 });
  });

  it('renames a charter, and audits it', async () => {
    const charter = (
      await comms.post('/api/charters', { title: 'Ancien titre', langs: ['fr'], sources: { fr: FR } })
    ).json();
    const renamed = await comms.patch(`/api/charters/${charter.id}`, {
      title: 'Nouveau titre',
      slug: 'nouveau',
    });
    expect(renamed.json()).toMatchObject({ title: 'Nouveau titre', slug: 'nouveau' });
    expect(await audit(charter.id)).toEqual([
      {
        action: 'charter.create',
        actor: comms.session.user.id,
        before: null,
        after: {
          slug: 'ancien-titre',
          title: 'Ancien titre',
          langs: ['fr'],
          versionId: charter.versions[0].id,
        },
      },
      {
        action: 'charter.update',
        actor: comms.session.user.id,
        before: { title: 'Ancien titre', slug: 'ancien-titre' },
        after: { title: 'Nouveau titre', slug: 'nouveau' },
      },
    ]);
  });
});
