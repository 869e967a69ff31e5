import { expect, it } from 'vitest';
import { ABSOLUTE_TIMEOUT_MS, hashToken, IDLE_TIMEOUT_MS } from './auth/sessions.js';
import { DEMO, describeEachDatabase, sessionCookie } from './test-support/harness.js';

describeEachDatabase('accounts and sessions', (h) => {
  it('signs in, tells who is signed in, and signs out', async () => {
    const t = await h.start({ seedDemo: true });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: '  Admin@Demo.Local ', password: 'demo-charte-2026' },
    });
    expect(login.statusCode).toBe(200);
    const session = login.json();
    expect(session).toMatchObject({
      user: { email: 'admin@demo.local', uiLang: 'fr' },
      organization: { slug: 'demo', name: 'Centre de services scolaire des Rivières', lang: 'fr' },
      role: 'admin',
    });
    expect(session.csrfToken).toMatch(/^[\w-]{43}$/);
    expect(session.user).not.toHaveProperty('password_hash');
    const cookie = sessionCookie(login);
    const me = await t.app.inject({ url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual(session);

    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, 'x-csrf-token': session.csrfToken },
    });
    expect(logout.statusCode).toBe(204);
    expect(logout.cookies.find((c) => c.name === 'charte_session')?.value).toBe('');
    const after = await t.app.inject({ url: '/api/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('unauthenticated');
  });

  it('stores only the SHA-256 of the token and sets a strict cookie', async () => {
    const t = await h.start({ seedDemo: true });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: DEMO.staff, password: 'demo-charte-2026' },
    });
    const cookie = login.cookies.find((c) => c.name === 'charte_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy();
    expect(Buffer.from(cookie.value, 'base64url')).toHaveLength(32);
    const rows = await t.db.selectFrom('sessions').select('id').execute();
    expect(rows.map((r) => r.id)).toEqual([hashToken(cookie.value)]);
    expect(rows[0].id).not.toContain(cookie.value);
  });

  it('marks the cookie Secure in production', async () => {
    const t = await h.start({ nodeEnv: 'production' });
    const setup = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: {
        organization: { name: 'École du Parc', lang: 'fr' },
        admin: { email: 'direction@parc.test', name: 'Direction', password: 'un-mot-de-passe-long' },
      },
    });
    expect(setup.statusCode).toBe(201);
    expect(setup.cookies.find((c) => c.name === 'charte_session')?.secure).toBe(true);
  });

  it('refuses a wrong password and an unknown e-mail with the same answer', async () => {
    const t = await h.start({ seedDemo: true });
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: DEMO.admin, password: 'not-the-password' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@demo.local', password: 'not-the-password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('bad-credentials');
    expect(wrong.cookies).toHaveLength(0);
  });

  it('rate-limits sign-in to 10 attempts per IP and e-mail (429)', async () => {
    const t = await h.start({ seedDemo: true });
    const attempt = (email: string, password = 'wrong-password') =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    for (let i = 0; i < 10; i++) expect((await attempt(DEMO.admin)).statusCode).toBe(401);
    const blocked = await attempt(DEMO.admin);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate-limited');
    expect(blocked.headers['retry-after']).toBeDefined();
    // Even the right password waits: the limit counts attempts, not failures.
    expect((await attempt(DEMO.admin, 'demo-charte-2026')).statusCode).toBe(429);
    // Another e-mail from the same address is another key.
    expect((await attempt(DEMO.staff, 'demo-charte-2026')).statusCode).toBe(200);
  });

  it('requires the CSRF header on mutations (403 csrf), not on reads', async () => {
    const t = await h.start({ seedDemo: true });
    const admin = await t.login(DEMO.admin);
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie: admin.cookie },
      payload: { name: 'Service des communications' },
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('csrf');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie: admin.cookie, 'x-csrf-token': `${admin.csrf.slice(0, -1)}x` },
      payload: { name: 'Service des communications' },
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('csrf');
    // Another session's token is no better.
    const other = await t.login(DEMO.communications);
    const foreign = await t.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie: admin.cookie, 'x-csrf-token': other.csrf },
      payload: { name: 'Service des communications' },
    });
    expect(foreign.statusCode).toBe(403);
    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: admin.cookie },
    });
    expect(logout.statusCode).toBe(403);
    expect((await admin.get('/api/units')).statusCode).toBe(200);
    expect((await admin.post('/api/units', { name: 'Service des communications' })).statusCode).toBe(201);
    // Only the request with the right token created a unit.
    const units = await t.db
      .selectFrom('units')
      .select('name')
      .where('name', '=', 'Service des communications')
      .execute();
    expect(units).toHaveLength(1);
  });

  it('ends sessions after 12 h idle and 7 days in all', async () => {
    let clock = Date.parse('2026-03-02T08:00:00.000Z');
    const t = await h.start({ seedDemo: true, now: () => new Date(clock) });
    const staff = await t.login(DEMO.staff);
    clock += IDLE_TIMEOUT_MS - 60_000;
    expect((await staff.get('/api/me')).statusCode).toBe(200);
    clock += IDLE_TIMEOUT_MS - 60_000;
    expect((await staff.get('/api/me')).statusCode).toBe(200);
    clock += IDLE_TIMEOUT_MS + 1;
    expect((await staff.get('/api/me')).statusCode).toBe(401);
    // Active all week long, the session still ends 7 days after sign-in.
    const active = await t.login(DEMO.staff);
    const start = clock;
    while (clock < start + ABSOLUTE_TIMEOUT_MS - IDLE_TIMEOUT_MS) {
      clock += IDLE_TIMEOUT_MS / 2;
      expect((await active.get('/api/me')).statusCode).toBe(200);
    }
    clock = start + ABSOLUTE_TIMEOUT_MS;
    expect((await active.get('/api/me')).statusCode).toBe(401);
    expect(await t.db.selectFrom('sessions').select('id').execute()).toEqual([]);
  });

  it('updates the profile and answers errors in the user’s language', async () => {
    const t = await h.start({ seedDemo: true });
    const staff = await t.login(DEMO.staff);
    const forbiddenFr = await staff.get('/api/members');
    expect(forbiddenFr.json().error.message).toBe('Votre rôle ne permet pas cette action.');
    const patched = await staff.patch('/api/me', { uiLang: 'en', name: 'Alex Tremblay' });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().user).toMatchObject({ uiLang: 'en', name: 'Alex Tremblay' });
    const forbiddenEn = await staff.get('/api/members');
    expect(forbiddenEn.statusCode).toBe(403);
    expect(forbiddenEn.json().error).toEqual({
      code: 'forbidden',
      message: 'Your role does not allow this action.',
    });
    // Without a session: Accept-Language, else English.
    const anonymousFr = await t.app.inject({
      url: '/api/me',
      headers: { 'accept-language': 'fr-CA,fr;q=0.9,en;q=0.5' },
    });
    expect(anonymousFr.json().error.message).toBe('Veuillez vous connecter.');
    const anonymous = await t.app.inject({ url: '/api/me', headers: { 'accept-language': 'de' } });
    expect(anonymous.json().error.message).toBe('Please sign in.');
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'member.profile')
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].before!)).toEqual({ name: 'Personnel (démo)', uiLang: 'fr' });
    expect(JSON.parse(audit[0].after!)).toEqual({ name: 'Alex Tremblay', uiLang: 'en' });
  });

  it('hashes passwords with argon2id', async () => {
    const t = await h.start({ seedDemo: true });
    const users = await t.db.selectFrom('users').select('password_hash').execute();
    expect(users.length).toBe(4);
    for (const u of users) expect(u.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});
