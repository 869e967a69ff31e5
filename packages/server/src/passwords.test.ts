import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { verifyPassword } from './auth/passwords.js';
import { createSession, SESSION_COOKIE } from './auth/sessions.js';
import { DEMO_PASSWORD } from './domain/demo.js';
import {
  type Client,
  createOtherOrganization,
  DEMO,
  describeEachDatabase,
  type TestApp,
} from './test-support/harness.js';

const NEW_PASSWORD = 'une-phrase-facile-a-retenir';
const TEMPORARY = 'temporaire-2026-abc';

const loginStatus = async (t: TestApp, email: string, password: string) =>
  (await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } })).statusCode;

async function userOf(t: TestApp, email: string) {
  return t.db
    .selectFrom('users')
    .select(['id', 'password_hash', 'must_change_password'])
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
}

async function membershipOf(t: TestApp, email: string, slug = 'demo') {
  const row = await t.db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .innerJoin('organizations', 'organizations.id', 'memberships.organization_id')
    .select('memberships.id')
    .where('users.email', '=', email)
    .where('organizations.slug', '=', slug)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Every audit row as text: nothing in it may be a password or a hash. */
async function auditText(t: TestApp): Promise<string> {
  return JSON.stringify(await t.db.selectFrom('audit_log').selectAll().execute());
}

/** Makes a demo account a member of the second organization too (no API does that yet). */
async function joinOther(t: TestApp, email: string): Promise<string> {
  const org = await t.db
    .selectFrom('organizations')
    .select('id')
    .where('slug', '=', 'autre')
    .executeTakeFirstOrThrow();
  const user = await userOf(t, email);
  await t.db
    .insertInto('memberships')
    .values({
      id: randomUUID(),
      organization_id: org.id,
      user_id: user.id,
      role: 'staff',
      unit_id: null,
      created_at: new Date().toISOString(),
    })
    .execute();
  return org.id;
}

describeEachDatabase('changing one’s own password', (h) => {
  it('replaces the password, ends every other session of the account (all organizations), keeps this one', async () => {
    const t = await h.start({ seedDemo: true });
    await createOtherOrganization(t);
    const otherOrgId = await joinOther(t, DEMO.staff);
    const staff = await t.login(DEMO.staff);
    const staffElsewhere = await t.login(DEMO.staff);
    // A session in the other organization (login picks the first one joined: made directly).
    const other = await createSession(t.db, staff.session.user.id, otherOrgId, new Date());
    const otherCookie = `${SESSION_COOKIE}=${other.token}`;
    expect((await t.app.inject({ url: '/api/me', headers: { cookie: otherCookie } })).statusCode).toBe(200);
    const admin = await t.login(DEMO.admin);

    const changed = await staff.post('/api/me/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toEqual({ ...staff.session, mustChangePassword: false });

    expect((await staff.get('/api/me')).statusCode).toBe(200);
    expect((await staffElsewhere.get('/api/me')).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/me', headers: { cookie: otherCookie } })).statusCode).toBe(401);
    // Other accounts' sessions are not touched.
    expect((await admin.get('/api/me')).statusCode).toBe(200);
    const sessions = await t.db
      .selectFrom('sessions')
      .select('user_id')
      .where('user_id', '=', staff.session.user.id)
      .execute();
    expect(sessions).toHaveLength(1);

    expect(await loginStatus(t, DEMO.staff, DEMO_PASSWORD)).toBe(401);
    expect(await loginStatus(t, DEMO.staff, NEW_PASSWORD)).toBe(200);
    const user = await userOf(t, DEMO.staff);
    expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(user.password_hash, NEW_PASSWORD)).toBe(true);

    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'member.password')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_id: staff.session.user.id,
      entity: 'member',
      entity_id: await membershipOf(t, DEMO.staff),
      organization_id: staff.session.organization.id,
    });
    expect(JSON.parse(audit[0].after!)).toEqual({ mustChangePassword: false });
    const text = await auditText(t);
    for (const secret of [NEW_PASSWORD, DEMO_PASSWORD, '$argon2', user.password_hash])
      expect(text).not.toContain(secret);
  });

  it('refuses a wrong current password at its field, in the member’s language, and changes nothing', async () => {
    const t = await h.start({ seedDemo: true });
    const staff = await t.login(DEMO.staff);
    const hash = (await userOf(t, DEMO.staff)).password_hash;

    const wrong = await staff.post('/api/me/password', {
      currentPassword: 'pas-le-bon-mot-de-passe',
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toEqual({
      code: 'wrong-password',
      message: 'Le mot de passe actuel n’est pas le bon.',
      issues: [{ path: 'body.currentPassword', message: 'Le mot de passe actuel n’est pas le bon.' }],
    });
    await staff.patch('/api/me', { uiLang: 'en' });
    const wrongEn = await staff.post('/api/me/password', {
      currentPassword: 'not-the-password',
      newPassword: NEW_PASSWORD,
    });
    expect(wrongEn.json().error.issues).toEqual([
      { path: 'body.currentPassword', message: 'The current password is not the right one.' },
    ]);

    // The rules of every password: 10 to 256 characters, and a change must change it.
    const same = await staff.post('/api/me/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: DEMO_PASSWORD,
    });
    expect(same.statusCode).toBe(400);
    expect(same.json().error).toMatchObject({
      code: 'validation',
      issues: [{ path: 'body.newPassword', message: 'The new password must differ from the current one.' }],
    });
    for (const newPassword of ['123456789', 'x'.repeat(257)]) {
      const refused = await staff.post('/api/me/password', { currentPassword: DEMO_PASSWORD, newPassword });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['body.newPassword']);
    }
    expect((await userOf(t, DEMO.staff)).password_hash).toBe(hash);
    expect(
      await t.db.selectFrom('audit_log').select('id').where('action', '=', 'member.password').execute(),
    ).toEqual([]);
    expect(await loginStatus(t, DEMO.staff, DEMO_PASSWORD)).toBe(200);
    // Exactly 10 characters is enough.
    const ten = await staff.post('/api/me/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: '0123456789',
    });
    expect(ten.statusCode).toBe(200);
    expect(await loginStatus(t, DEMO.staff, '0123456789')).toBe(200);
  });

  it('limits attempts per account like sign-in (429), whatever the session', async () => {
    const t = await h.start({ seedDemo: true, loginAttempts: 3 });
    const staff = await t.login(DEMO.staff);
    const attempt = (client: Client, currentPassword = 'wrong-password') =>
      client.post('/api/me/password', { currentPassword, newPassword: NEW_PASSWORD });
    for (let i = 0; i < 3; i++) expect((await attempt(staff)).statusCode).toBe(400);
    const blocked = await attempt(staff);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate-limited');
    expect(blocked.headers['retry-after']).toBeDefined();
    // The right password waits too, and a new session of the same account is the same key.
    expect((await attempt(staff, DEMO_PASSWORD)).statusCode).toBe(429);
    const again = await t.login(DEMO.staff);
    expect((await attempt(again, DEMO_PASSWORD)).statusCode).toBe(429);
    expect(await loginStatus(t, DEMO.staff, DEMO_PASSWORD)).toBe(200);
    // Another account is another key.
    const comms = await t.login(DEMO.communications);
    expect((await attempt(comms, DEMO_PASSWORD)).statusCode).toBe(200);
  });
});

describeEachDatabase('an administrator’s reset', (h) => {
  it('is for admins only, and a member of another organization is a 404', async () => {
    const t = await h.start({ seedDemo: true });
    const other = await createOtherOrganization(t);
    const staffMember = await membershipOf(t, DEMO.staff);
    const hash = (await userOf(t, DEMO.staff)).password_hash;
    for (const email of [DEMO.communications, DEMO.reviewer, DEMO.staff]) {
      const client = await t.login(email);
      const response = await client.post(`/api/members/${staffMember}/password`, { newPassword: TEMPORARY });
      expect(response.statusCode, email).toBe(403);
      expect(response.json().error.code).toBe('forbidden');
    }
    const otherAdmin = await t.login(other.admin);
    const foreign = await otherAdmin.post(`/api/members/${staffMember}/password`, { newPassword: TEMPORARY });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('not-found');
    const admin = await t.login(DEMO.admin);
    expect(
      (await admin.post('/api/members/no-such-id/password', { newPassword: TEMPORARY })).statusCode,
    ).toBe(404);
    expect((await userOf(t, DEMO.staff)).password_hash).toBe(hash);
    // Their own password goes through their own change, which asks for the current one.
    const self = await admin.post(`/api/members/${await membershipOf(t, DEMO.admin)}/password`, {
      newPassword: TEMPORARY,
    });
    expect(self.statusCode).toBe(409);
    expect(self.json().error).toMatchObject({ reason: 'self-password' });
    expect(self.json().error.message).toContain('Mon compte');
  });

  it('sets a temporary password, ends the sessions, and asks the member to choose their own', async () => {
    const t = await h.start({ seedDemo: true });
    const admin = await t.login(DEMO.admin);
    const before = await t.login(DEMO.staff);
    expect(before.session).toMatchObject({ mustChangePassword: false });
    const staffMember = await membershipOf(t, DEMO.staff);

    const reset = await admin.post(`/api/members/${staffMember}/password`, { newPassword: TEMPORARY });
    expect(reset.statusCode, reset.body).toBe(204);
    expect((await before.get('/api/me')).statusCode).toBe(401);
    expect(await loginStatus(t, DEMO.staff, DEMO_PASSWORD)).toBe(401);
    expect((await userOf(t, DEMO.staff)).must_change_password).toBe(1);

    const staff = await t.login(DEMO.staff, TEMPORARY);
    expect(staff.session.mustChangePassword).toBe(true);
    expect((await staff.get('/api/me')).json()).toMatchObject({ mustChangePassword: true });
    // Until it is changed, the temporary password opens nothing else, reads included.
    for (const blocked of [
      await staff.get('/api/charters'),
      await staff.get('/api/initiatives'),
      await staff.post('/api/ideas', { title: 'Une idée', body: 'Écrite trop tôt.' }),
    ]) {
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().error.code).toBe('password-change-required');
      expect(blocked.json().error.message).toMatch(/Mon compte/);
    }
    const changed = await staff.post('/api/me/password', {
      currentPassword: TEMPORARY,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().mustChangePassword).toBe(false);
    expect((await staff.get('/api/me')).json()).toMatchObject({ mustChangePassword: false });
    expect((await staff.get('/api/charters')).statusCode).toBe(200);
    expect((await t.login(DEMO.staff, NEW_PASSWORD)).session.mustChangePassword).toBe(false);
    expect(await loginStatus(t, DEMO.staff, TEMPORARY)).toBe(401);

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['actor_id', 'action', 'entity', 'entity_id', 'before', 'after'])
      .where('action', 'in', ['member.password-reset', 'member.password'])
      .orderBy('at')
      .execute();
    expect(audit.map((a) => [a.action, a.actor_id, a.entity, a.entity_id])).toEqual([
      ['member.password-reset', admin.session.user.id, 'member', staffMember],
      ['member.password', staff.session.user.id, 'member', staffMember],
    ]);
    expect(audit.map((a) => [JSON.parse(a.before!), JSON.parse(a.after!)])).toEqual([
      [{ mustChangePassword: false }, { mustChangePassword: true }],
      [{ mustChangePassword: true }, { mustChangePassword: false }],
    ]);
    const text = await auditText(t);
    for (const secret of [TEMPORARY, NEW_PASSWORD, '$argon2']) expect(text).not.toContain(secret);
    // The admin's log shows them too.
    const entries = (await admin.get('/api/audit?entity=member')).json().entries;
    expect(entries.map((e: { action: string }) => e.action)).toContain('member.password-reset');
  });

  it('never takes over an account that is also a member of another organization (409)', async () => {
    const t = await h.start({ seedDemo: true });
    const other = await createOtherOrganization(t);
    await joinOther(t, DEMO.staff);
    const staff = await t.login(DEMO.staff);
    const hash = (await userOf(t, DEMO.staff)).password_hash;
    const admin = await t.login(DEMO.admin);
    const refused = await admin.post(`/api/members/${await membershipOf(t, DEMO.staff)}/password`, {
      newPassword: TEMPORARY,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toEqual({
      code: 'conflict',
      reason: 'member-elsewhere',
      message:
        'Cette personne est aussi membre d’une autre organisation : son mot de passe ne peut être réinitialisé que sur le serveur, avec `charte user passwd`.',
    });
    // Nor from the other side.
    const otherAdmin = await t.login(other.admin);
    const fromOther = await otherAdmin.post(
      `/api/members/${await membershipOf(t, DEMO.staff, 'autre')}/password`,
      {
        newPassword: TEMPORARY,
      },
    );
    expect(fromOther.statusCode).toBe(409);
    expect(fromOther.json().error.message).toContain('charte user passwd');
    const user = await userOf(t, DEMO.staff);
    expect(user.password_hash).toBe(hash);
    expect(user.must_change_password).toBe(0);
    expect((await staff.get('/api/me')).statusCode).toBe(200);
    expect(
      await t.db.selectFrom('audit_log').select('id').where('action', '=', 'member.password-reset').execute(),
    ).toEqual([]);
  });
});
