import sharp from 'sharp';
import { beforeAll, expect, it } from 'vitest';
import { DEMO_VALUES } from './domain/demo-valoriser.js';
import { type Client, DEMO, describeEachDatabase, type TestApp } from './test-support/harness.js';

interface Summary {
  id: string;
  title: string;
  status: string;
  showcased: boolean;
  public: boolean;
  unit: string | null;
  kudosCount: number;
  createdAt: string;
}

describeEachDatabase('the demo organization', (h) => {
  let t: TestApp;
  let comms: Client;
  let staff: Client;
  const now = new Date('2026-11-15T15:00:00Z');

  beforeAll(async () => {
    t = await h.start({ seedDemo: true, now: () => now });
    comms = await t.login(DEMO.communications);
    staff = await t.login(DEMO.staff);
  });

  it('has its values, its units and initiatives at every step of their review', async () => {
    const org = (await comms.get('/api/organization')).json() as { values: string[] };
    expect(org.values).toEqual(DEMO_VALUES);
    const units = (await comms.get('/api/units')).json() as { name: string }[];
    expect(units.map((u) => u.name)).toContain('École primaire des Berges');

    const all = (await comms.get('/api/initiatives')).json() as Summary[];
    const statuses = new Set(all.map((i) => i.status));
    for (const status of ['approved', 'changes_requested', 'proposed']) expect(statuses).toContain(status);
    expect(all.filter((i) => i.public)).toHaveLength(3);
    expect(all.every((i) => i.unit !== null)).toBe(true);
    // The history is spread over past months, not stamped at seeding time.
    const months = new Set(all.map((i) => i.createdAt.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(5);
    expect(all.every((i) => i.createdAt < now.toISOString())).toBe(true);

    const mine = (await staff.get('/api/initiatives?mine=1')).json() as Summary[];
    const asked = mine.find((i) => i.status === 'changes_requested');
    expect(asked).toBeDefined();
    const detail = (await staff.get(`/api/initiatives/${asked?.id}`)).json() as {
      reviews: { kind: string; text: string }[];
      messages: { text: string }[];
    };
    expect(detail.reviews.at(-1)?.kind).toBe('request_changes');
    expect(detail.messages.length).toBeGreaterThan(0);
  });

  it('shows three initiatives in the public gallery, with their kudos counted', async () => {
    const gallery = await t.app.inject('/c/demo/initiatives/');
    expect(gallery.statusCode).toBe(200);
    expect(gallery.body.match(/<article class="initiative card">/g)).toHaveLength(3);
    expect(gallery.body).toContain('Le club de robotique raconte sa saison');
    // Each showcased demo initiative has its illustration, processed like an upload.
    const thumbs = [...gallery.body.matchAll(/<img src="([^"]+)" alt="Illustration/g)].map((m) => m[1]);
    expect(thumbs).toHaveLength(3);
    const id = /href="([^"]+)">Le club de robotique/.exec(gallery.body)?.[1];
    const thumb = await t.app.inject(`/c/demo/initiatives/${thumbs.find((s) => s.startsWith(`${id}/`))}`);
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/webp');
    expect((await sharp(thumb.rawPayload).metadata()).width).toBeLessThanOrEqual(640);
    // Approved but its proposer did not agree to show it.
    expect(gallery.body).not.toContain('Défi récupération des fournitures');
    const all = (await comms.get('/api/initiatives')).json() as Summary[];
    expect(all.find((i) => i.title.startsWith('Le club de robotique'))?.kudosCount).toBe(3);
  });

  it('gives each unit its gallery page and speaks the visitor’s language', async () => {
    const unit = 'École primaire des Berges';
    const byUnit = await t.app.inject(`/c/demo/initiatives/?unit=${encodeURIComponent(unit)}`);
    expect(byUnit.body).toContain(`<title>Initiatives à l’honneur — ${unit} · `);
    expect(byUnit.body).toMatch(
      /<h1>Initiatives à l’honneur — <span>École primaire des Berges<\/span><\/h1>/,
    );
    expect(byUnit.body.match(/<article class="initiative card">/g)).toHaveLength(1);
    expect(byUnit.body).toContain('<p class="result-count">1 initiative</p>');
    expect(byUnit.body).toMatch(/<a href="\?unit=[^"]+" aria-current="page">École primaire des Berges<\/a>/);

    // The initiative's page links its values and its unit to their galleries.
    const id = /<h2><a href="([^"]+)">L’heure du conte/.exec(byUnit.body)?.[1];
    const one = await t.app.inject(`/c/demo/initiatives/${id}`);
    expect(one.body).toContain(`href="?unit=${encodeURIComponent(unit).replaceAll('%20', '+')}"`);
    expect(one.body).toContain('Les autres initiatives de l’unité');
    expect(one.body).toMatch(/<img src="[^"]+\/image\.webp\?v=[0-9a-f]{16}" alt="Illustration/);

    // English words around the members' French text, marked as French for screen readers.
    const en = await t.app.inject('/c/demo/initiatives/?lang=en');
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('<h1>Initiatives in the spotlight</h1>');
    expect(en.body).toContain('<p class="result-count">3 initiatives</p>');
    expect(en.body).toMatch(/<h2 lang="fr"><a href="[^"?]+\?lang=en">/);
    expect(en.body).toContain('<a href="./" hreflang="fr" lang="fr">Français</a>');
    const fr = await t.app.inject('/c/demo/initiatives/');
    expect(fr.body).toContain('<a href="?lang=en" hreflang="en" lang="en">English</a>');
    // A language the gallery does not speak falls back to the organization's, not to an error.
    const de = await t.app.inject('/c/demo/initiatives/?lang=de');
    expect(de.statusCode).toBe(200);
    expect(de.body).toContain('<html lang="fr">');
    const css = await t.app.inject('/c/demo/initiatives/style.css');
    expect(css.body).toContain('.cards {');
  });

  it('feeds the highlights with the initiatives’ thumbnails', async () => {
    const feed = (await staff.get('/api/highlights')).json() as {
      kind: string;
      title: string;
      image: { thumbUrl: string; alt: string } | null;
    }[];
    expect(new Set(feed.map((h) => h.kind))).toEqual(new Set(['approved', 'showcased', 'kudos']));
    const robotics = feed.find((h) => h.title.startsWith('Le club de robotique'));
    expect(robotics?.image?.alt).toMatch(/^Illustration/);
    // The thumbnail is readable by the member reading the feed.
    const thumb = await staff.get(robotics?.image?.thumbUrl ?? '');
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/webp');
    expect(feed.find((h) => h.title.startsWith('Défi récupération'))?.image).toBeNull();
  });

  it('tells members their unit with their session, for their proposals to start from it', async () => {
    expect(staff.session.unitId).toBeNull();
    const admin = await t.login(DEMO.admin);
    const units = (await admin.get('/api/units')).json() as { id: string; name: string }[];
    const berges = units.find((u) => u.name === 'École primaire des Berges');
    const members = (await admin.get('/api/members')).json() as { id: string; email: string }[];
    const membership = members.find((m) => m.email === DEMO.staff)?.id;
    expect((await admin.patch(`/api/members/${membership}`, { unitId: berges?.id })).statusCode).toBe(200);
    // The open session sees it at once; a new sign-in carries it too.
    expect((await staff.get('/api/me')).json().unitId).toBe(berges?.id);
    expect((await t.login(DEMO.staff)).session.unitId).toBe(berges?.id);
    await admin.patch(`/api/members/${membership}`, { unitId: null });
    expect((await staff.get('/api/me')).json().unitId).toBeNull();
  });

  it('has an ideas box with votes, comments and answers, and the bell starts at zero', async () => {
    const ideas = (await staff.get('/api/ideas')).json() as {
      status: string;
      votes: { score: number };
      commentCount: number;
    }[];
    expect(ideas).toHaveLength(4);
    expect(new Set(ideas.map((i) => i.status))).toEqual(
      new Set(['adopted', 'under_study', 'open', 'not_retained']),
    );
    expect(ideas.some((i) => i.votes.score >= 3)).toBe(true);
    expect(ideas.some((i) => i.commentCount > 0)).toBe(true);

    const bell = (await staff.get('/api/notifications')).json() as {
      unread: number;
      notifications: unknown[];
    };
    expect(bell.unread).toBe(0);
    expect(bell.notifications.length).toBeGreaterThan(0);
  });

  it('gives the recognition page a history over several months', async () => {
    const figures = (await comms.get('/api/recognition')).json() as {
      byUnit: { month: string; proposed: number; approved: number; showcased: number }[];
      kudos: { month: string; count: number }[];
      ideasAdopted: { count: number }[];
    };
    const sum = (k: 'proposed' | 'approved' | 'showcased') => figures.byUnit.reduce((n, r) => n + r[k], 0);
    expect(sum('proposed')).toBe(6);
    expect(sum('approved')).toBe(4);
    expect(sum('showcased')).toBe(3);
    expect(figures.kudos.reduce((n, k) => n + k.count, 0)).toBe(7);
    expect(new Set(figures.byUnit.map((r) => r.month)).size).toBeGreaterThanOrEqual(5);
    expect(figures.ideasAdopted.reduce((n, k) => n + k.count, 0)).toBe(1);
  });
});
