import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from './domain/demo.js';
import { configFromEnv } from './server.js';
import { DEMO, describeEachDatabase, sessionCookie } from './test-support/harness.js';

const SETUP = {
  organization: { name: 'École secondaire du Parc', lang: 'fr' },
  admin: { email: 'Direction@Parc.test', name: 'Direction', password: 'un-mot-de-passe-long' },
};

describeEachDatabase('health and readiness', (h) => {
  it('answers /healthz and /readyz once migrations are applied', async () => {
    const t = await h.start();
    const health = await t.app.inject('/healthz');
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });
    const migrations = await t.db
      .selectFrom('kysely_migration' as 'settings')
      .selectAll()
      .execute();
    // 0001_initial, 0002_valoriser, 0003_initiative_images, 0004_password_change.
    expect(migrations).toHaveLength(4);
  });

  it('is not ready when the database does not answer', async () => {
    const t = await h.start();
    await t.db.destroy();
    const ready = await t.app.inject('/readyz');
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toEqual({ status: 'not-ready' });
  });
});

describeEachDatabase('first-run setup', (h) => {
  it('creates the organization and its administrator once, signed in', async () => {
    const t = await h.start();
    expect((await t.app.inject('/api/setup')).json()).toEqual({ needed: true });
    const setup = await t.app.inject({ method: 'POST', url: '/api/setup', payload: SETUP });
    expect(setup.statusCode).toBe(201);
    const session = setup.json();
    expect(session).toMatchObject({
      user: { email: 'direction@parc.test', name: 'Direction', uiLang: 'fr' },
      organization: { slug: 'ecole-secondaire-du-parc', name: 'École secondaire du Parc', lang: 'fr' },
      role: 'admin',
    });
    const me = await t.app.inject({ url: '/api/me', headers: { cookie: sessionCookie(setup) } });
    expect(me.json()).toEqual(session);
    expect((await t.app.inject('/api/setup')).json()).toEqual({ needed: false });
    const again = await t.app.inject({ method: 'POST', url: '/api/setup', payload: SETUP });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.reason).toBe('setup-done');
    const audit = await t.db.selectFrom('audit_log').select(['action', 'after']).orderBy('action').execute();
    expect(audit.map((a) => a.action)).toEqual(['member.create', 'organization.create']);
    expect(JSON.parse(audit[1].after!)).toEqual({
      slug: 'ecole-secondaire-du-parc',
      name: 'École secondaire du Parc',
      lang: 'fr',
    });
  });

  it('lets only one of two simultaneous setups through', async () => {
    const t = await h.start();
    const results = await Promise.all([
      t.app.inject({ method: 'POST', url: '/api/setup', payload: SETUP }),
      t.app.inject({
        method: 'POST',
        url: '/api/setup',
        payload: {
          ...SETUP,
          organization: { name: 'Autre', lang: 'en' },
          admin: { ...SETUP.admin, email: 'x@y.test' },
        },
      }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(await t.db.selectFrom('organizations').select('id').execute()).toHaveLength(1);
  });
});

describeEachDatabase('demo data', (h) => {
  it('is seeded on an empty database outside production', async () => {
    const t = await h.start({ seedDemo: true, nodeEnv: 'development' });
    const demo = (await t.app.inject('/api/demo')).json();
    expect(demo).toEqual({
      demo: true,
      password: 'demo-charte-2026',
      accounts: [
        { email: 'admin@demo.local', role: 'admin' },
        { email: 'comms@demo.local', role: 'communications' },
        { email: 'reviewer@demo.local', role: 'reviewer' },
        { email: 'staff@demo.local', role: 'staff' },
      ],
    });
    for (const account of demo.accounts) {
      const client = await t.login(account.email, demo.password);
      expect(client.session.role).toBe(account.role);
      expect(client.session.organization).toMatchObject({
        slug: 'demo',
        name: 'Centre de services scolaire des Rivières',
      });
    }
    const staff = await t.login(DEMO.staff);
    const charters = (await staff.get('/api/charters')).json();
    expect(charters).toHaveLength(1);
    expect(charters[0]).toMatchObject({ langs: ['fr', 'en'], published: { number: 1 } });
    const version = (await staff.get(`/api/versions/${charters[0].published.versionId}`)).json();
    expect(version.status).toBe('published');
    expect(version.documents.fr.source.startsWith('# Charte d’utilisation des médias sociaux')).toBe(true);
    expect(
      version.documents.en.source.startsWith(
        '# Social Media Use Charter — Centre de services scolaire des Rivières',
      ),
    ).toBe(true);
    expect((await t.app.inject('/api/setup')).json()).toEqual({ needed: false });
  });

  it('is seeded only once: a restart on the same database changes nothing', async () => {
    const database = await h.database();
    const first = await h.start({ seedDemo: true }, database);
    await first.close();
    const second = await h.start({ seedDemo: true }, database);
    expect(await second.db.selectFrom('organizations').select('id').execute()).toHaveLength(1);
    expect(await second.db.selectFrom('charters').select('id').execute()).toHaveLength(1);
    expect(await second.db.selectFrom('users').select('id').execute()).toHaveLength(4);
    expect(await seedDemo(second.db, 'development')).toBe(false);
  });

  it('is never created in production, even when asked', async () => {
    const t = await h.start({ seedDemo: true, nodeEnv: 'production' });
    expect((await t.app.inject('/api/demo')).json()).toEqual({ demo: false });
    expect((await t.app.inject('/api/setup')).json()).toEqual({ needed: true });
    expect(await t.db.selectFrom('users').select('id').execute()).toEqual([]);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: DEMO.admin, password: 'demo-charte-2026' },
    });
    expect(login.statusCode).toBe(401);
    expect(await seedDemo(t.db, 'production')).toBe(false);
    expect(await t.db.selectFrom('organizations').select('id').execute()).toEqual([]);
  });

  it('is not seeded into a database that already has an organization', async () => {
    const t = await h.start();
    await t.app.inject({ method: 'POST', url: '/api/setup', payload: SETUP });
    expect(await seedDemo(t.db, 'development')).toBe(false);
    expect((await t.app.inject('/api/demo')).json()).toEqual({ demo: false });
  });
});

describeEachDatabase('web app and shutdown', (h) => {
  let dist: string;
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'charte-web-'));
    await mkdir(join(dist, 'assets'));
    await writeFile(
      join(dist, 'index.html'),
      '<!doctype html><html><head><title>Charte app</title></head><body><div id="root"></div></body></html>',
    );
    await writeFile(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
  });
  afterAll(() => rm(dist, { recursive: true, force: true }));

  it('serves the built app, with index.html for deep links, and JSON 404s under /api', async () => {
    const t = await h.start({ webDist: dist });
    const root = await t.app.inject('/');
    expect(root.statusCode).toBe(200);
    expect(root.body).toContain('Charte app');
    const deep = await t.app.inject('/charters/123/versions/4');
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('Charte app');
    expect(deep.headers['cache-control']).toBe('no-cache');
    // Each page gets its own style nonce, in a meta tag and in its policy; /index.html is no way around.
    const nonces = [root, deep, await t.app.inject('/index.html')].map((r) => {
      const nonce = /<meta name="csp-nonce" content="([^"]+)" \/>/.exec(r.body)?.[1] ?? '';
      expect(r.headers['content-security-policy']).toContain(`style-src 'self' 'nonce-${nonce}';`);
      return nonce;
    });
    expect(new Set(nonces).size).toBe(3);
    expect(nonces.every((n) => n.length >= 22)).toBe(true);
    const asset = await t.app.inject('/assets/app-1234.js');
    expect(asset.body).toBe('console.log(1)');
    expect(asset.headers['cache-control']).toContain('immutable');
    const api = await t.app.inject('/api/unknown');
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not-found');
  });

  it('says how to build the app when it is not built', async () => {
    const t = await h.start();
    const root = await t.app.inject('/');
    expect(root.statusCode).toBe(200);
    expect(root.body).toContain('npm run build');
    expect((await t.app.inject('/some/page')).body).toContain('npm run build');
  });

  it('finishes an in-flight request over real HTTP when closed', async () => {
    const t = await h.start({ seedDemo: true });
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => {
      entered = resolve;
    });
    t.app.get('/slow', async () => {
      entered();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { done: true };
    });
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const login = await fetch(`${address}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: DEMO.staff, password: 'demo-charte-2026' }),
    });
    expect(login.status).toBe(200);
    expect(login.headers.get('set-cookie')).toMatch(
      /^charte_session=[\w-]+; Max-Age=604800; Path=\/; HttpOnly; SameSite=Lax$/,
    );
    const slow = fetch(`${address}/slow`).then(async (r) => ({ status: r.status, body: await r.json() }));
    await inside;
    const closed = t.close();
    expect(await slow).toEqual({ status: 200, body: { done: true } });
    await closed;
    await expect(fetch(`${address}/healthz`)).rejects.toThrow();
    // The database is closed too.
    await expect(t.db.selectFrom('users').select('id').execute()).rejects.toThrow();
  });
});

describeEachDatabase('unexpected errors', (h) => {
  it('answers 500 without the error’s detail or stack, and logs them', async () => {
    const lines: string[] = [];
    const t = await h.start({
      logger: { level: 'error', stream: { write: (line: string) => lines.push(line) } },
    });
    t.app.get('/boom', async () => {
      throw new Error('secret detail from the database');
    });
    const response = await t.app.inject({ url: '/boom', headers: { 'accept-language': 'fr' } });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: {
        code: 'internal',
        message: 'Un problème est survenu de notre côté. Réessayez dans un instant.',
      },
    });
    expect(response.body).not.toContain('secret');
    const logged = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'unexpected error');
    expect(logged.err.message).toBe('secret detail from the database');
    expect(logged.err.stack).toMatch(/system\.test\.ts/);
  });
});

describe('configuration from the environment', () => {
  it('has defaults and reads PORT, HOST, DATA_DIR, DATABASE_URL, NODE_ENV', () => {
    const defaults = configFromEnv({});
    expect(defaults).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: undefined });
    expect(defaults.dataDir).toBe(join(process.cwd(), 'data'));
    const set = configFromEnv({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATA_DIR: '/srv/charte',
      DATABASE_URL: 'postgres://charte@db/charte',
      NODE_ENV: 'production',
    });
    expect(set).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/srv/charte',
      databaseUrl: 'postgres://charte@db/charte',
      nodeEnv: 'production',
    });
    expect(() => configFromEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => configFromEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/postgres/);
  });
});
