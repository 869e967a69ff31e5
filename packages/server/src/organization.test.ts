import { beforeAll, expect, it } from 'vitest';
import { type Client, DEMO, describeEachDatabase, type TestApp } from './test-support/harness.js';

describeEachDatabase('members, units and the audit log', (h) => {
  let t: TestApp;
  let admin: Client;

  beforeAll(async () => {
    t = await h.start({ seedDemo: true });
    admin = await t.login(DEMO.admin);
  });

  it('adds a member who can sign in, changes their role and unit, and removes them', async () => {
    const unit = (await admin.post('/api/units', { name: 'École Saint-Jean' })).json();
    const created = await admin.post('/api/members', {
      email: 'Marie.Roy@Demo.Local',
      name: 'Marie Roy',
      role: 'staff',
      password: 'un-mot-de-passe-long',
      unitId: unit.id,
    });
    expect(created.statusCode).toBe(201);
    const member = created.json();
    expect(member).toMatchObject({
      email: 'marie.roy@demo.local',
      name: 'Marie Roy',
      role: 'staff',
      unitId: unit.id,
    });
    expect(member).not.toHaveProperty('password');
    const again = await admin.post('/api/members', {
      email: 'marie.roy@demo.local',
      name: 'Marie',
      role: 'staff',
      password: 'un-mot-de-passe-long',
    });
    expect(again.json().error.reason).toBe('email-taken');

    const marie = await t.login('marie.roy@demo.local', 'un-mot-de-passe-long');
    expect(marie.session.role).toBe('staff');
    expect((await marie.get('/api/members')).statusCode).toBe(403);

    const promoted = await admin.patch(`/api/members/${member.id}`, { role: 'communications', unitId: null });
    expect(promoted.json()).toMatchObject({ role: 'communications', unitId: null });
    // The new role applies to the open session at once.
    expect((await marie.get('/api/me')).json().role).toBe('communications');
    expect(
      (await marie.post('/api/charters', { title: 'Essai', langs: ['fr'], sources: { fr: 'Bonjour.' } }))
        .statusCode,
    ).toBe(201);

    expect((await admin.delete(`/api/members/${member.id}`)).statusCode).toBe(204);
    expect((await marie.get('/api/me')).statusCode).toBe(401);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'marie.roy@demo.local', password: 'un-mot-de-passe-long' },
    });
    expect(login.statusCode).toBe(401);
    // Her account is reused when she comes back.
    const back = await admin.post('/api/members', {
      email: 'marie.roy@demo.local',
      name: 'Marie Roy',
      role: 'reviewer',
      password: 'un-autre-mot-de-passe',
    });
    expect(back.statusCode).toBe(201);
    expect(back.json().userId).toBe(member.userId);
    expect((await t.login('marie.roy@demo.local', 'un-autre-mot-de-passe')).session.role).toBe('reviewer');

    const trail = (await admin.get(`/api/audit?entity=member&limit=200`)).json().entries;
    const mine = trail.filter((e: { entityId: string }) => e.entityId === member.id);
    expect(mine.map((e: { action: string }) => e.action)).toEqual([
      'member.delete',
      'member.update',
      'auth.login',
      'member.create',
    ]);
    expect(mine[1]).toMatchObject({
      actor: { id: admin.session.user.id, email: DEMO.admin },
      before: { role: 'staff', unitId: unit.id },
      after: { role: 'communications', unitId: null },
    });
    expect(mine[0]).toMatchObject({
      before: { email: 'marie.roy@demo.local', role: 'communications' },
      after: null,
    });
  });

  it('keeps at least one administrator and refuses to remove yourself', async () => {
    const members = (await admin.get('/api/members')).json();
    const me = members.find((m: { userId: string }) => m.userId === admin.session.user.id);
    const self = await admin.delete(`/api/members/${me.id}`);
    expect(self.statusCode).toBe(409);
    expect(self.json().error.reason).toBe('self');
    const demote = await admin.patch(`/api/members/${me.id}`, { role: 'staff' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.reason).toBe('last-admin');
    expect((await admin.get('/api/me')).json().role).toBe('admin');
  });

  it('renames and deletes units; a deleted unit leaves its members without one', async () => {
    const unit = (await admin.post('/api/units', { name: 'Service RH' })).json();
    const member = (
      await admin.post('/api/members', {
        email: 'luc@demo.local',
        name: 'Luc',
        role: 'staff',
        password: 'un-mot-de-passe-long',
        unitId: unit.id,
      })
    ).json();
    const renamed = await admin.patch(`/api/units/${unit.id}`, { name: 'Service des ressources humaines' });
    expect(renamed.json()).toMatchObject({ id: unit.id, name: 'Service des ressources humaines' });
    const staff = await t.login(DEMO.staff);
    expect((await staff.get('/api/units')).json().map((u: { name: string }) => u.name)).toContain(
      'Service des ressources humaines',
    );
    expect((await admin.delete(`/api/units/${unit.id}`)).statusCode).toBe(204);
    expect((await admin.delete(`/api/units/${unit.id}`)).statusCode).toBe(404);
    const after = (await admin.get('/api/members')).json().find((m: { id: string }) => m.id === member.id);
    expect(after.unitId).toBeNull();
    const trail = (await admin.get('/api/audit?entity=unit'))
      .json()
      .entries.filter((e: { entityId: string }) => e.entityId === unit.id);
    expect(
      trail.map((e: { action: string; before: unknown; after: unknown }) => [e.action, e.before, e.after]),
    ).toEqual([
      ['unit.delete', { name: 'Service des ressources humaines' }, null],
      ['unit.update', { name: 'Service RH' }, { name: 'Service des ressources humaines' }],
      ['unit.create', null, { name: 'Service RH' }],
    ]);
  });

  it('updates the organization and pages through the audit log', async () => {
    const patched = await admin.patch('/api/organization', { name: 'CSS des Rivières', lang: 'en' });
    expect(patched.json()).toMatchObject({ slug: 'demo', name: 'CSS des Rivières', lang: 'en' });
    expect((await admin.get('/api/me')).json().organization).toMatchObject({
      name: 'CSS des Rivières',
      lang: 'en',
    });
    const first = (await admin.get('/api/audit?limit=3')).json().entries;
    expect(first).toHaveLength(3);
    expect(first[0]).toMatchObject({
      action: 'organization.update',
      entity: 'organization',
      before: { name: 'Centre de services scolaire des Rivières', lang: 'fr' },
      after: { name: 'CSS des Rivières', lang: 'en' },
    });
    const times = first.map((e: { at: string }) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    const older = (await admin.get(`/api/audit?limit=200&before=${encodeURIComponent(first[2].at)}`)).json()
      .entries;
    expect(older.length).toBeGreaterThan(0);
    for (const e of older) expect(e.at < first[2].at).toBe(true);
    const versions = (await admin.get('/api/audit?entity=version&limit=200')).json().entries;
    expect(versions.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['version.publish', 'version.approve', 'version.submit']),
    );
    for (const e of versions) expect(e.entity).toBe('version');
  });
});
