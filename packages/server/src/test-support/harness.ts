/**
 * Test harness: every API suite runs twice, on SQLite (a temporary file) and on PostgreSQL (a fresh
 * database in the server the Vitest global setup starts), through `describeEachDatabase`.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { afterAll, describe, inject } from 'vitest';
import { type App, type AppOptions, createApp } from '../app.js';
import { hashPassword } from '../auth/passwords.js';
import type { Lang, Role } from '../db/schema.js';
import { DEMO_PASSWORD } from '../domain/demo.js';
import { createOrganization } from '../domain/organizations.js';

export type DatabaseKind = 'sqlite' | 'postgres';
export const DATABASE_KINDS: DatabaseKind[] = ['sqlite', 'postgres'];

export interface TestDatabase {
  options: Pick<AppOptions, 'databaseUrl' | 'sqlitePath'>;
  drop(): Promise<void>;
}

/** A new empty database of the given kind. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'charte-server-'));
    return {
      options: { sqlitePath: join(dir, 'charte.sqlite') },
      drop: () => rm(dir, { recursive: true, force: true }),
    };
  }
  const serverUrl = inject('pgUrl');
  const name = `charte_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    options: { databaseUrl: url.toString() },
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export interface Client {
  session: SessionBody;
  cookie: string;
  csrf: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

export interface SessionBody {
  user: { id: string; email: string; name: string; uiLang: Lang };
  organization: { id: string; slug: string; name: string; lang: Lang };
  role: Role;
  unitId: string | null;
  csrfToken: string;
  mustChangePassword: boolean;
}

export interface TestApp extends App {
  kind: DatabaseKind;
  /** Signs in and returns a client that sends the cookie and the CSRF token. */
  login(email: string, password?: string): Promise<Client>;
  /** A client for a session cookie and CSRF token obtained otherwise. */
  client(cookie: string, session: SessionBody): Client;
}

export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'charte_session');
  if (!cookie) throw new Error(`no session cookie (status ${response.statusCode}: ${response.body})`);
  return `charte_session=${cookie.value}`;
}

function makeTestApp(kind: DatabaseKind, built: App): TestApp {
  const { app } = built;
  const client = (cookie: string, session: SessionBody): Client => {
    const send = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) =>
      app.inject({
        method,
        url,
        headers: { cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': session.csrfToken }) },
        ...(body === undefined ? {} : { payload: body as object }),
      });
    return {
      session,
      cookie,
      csrf: session.csrfToken,
      get: (url) => send('GET', url),
      post: (url, body) => send('POST', url, body),
      put: (url, body) => send('PUT', url, body),
      patch: (url, body) => send('PATCH', url, body),
      delete: (url) => send('DELETE', url),
    };
  };
  return {
    ...built,
    kind,
    client,
    async login(email, password = DEMO_PASSWORD) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password },
      });
      if (response.statusCode !== 200)
        throw new Error(`login ${email}: ${response.statusCode} ${response.body}`);
      return client(sessionCookie(response), response.json() as SessionBody);
    },
  };
}

export interface Harness {
  kind: DatabaseKind;
  /** A new app on a new empty database, or on `database` (closed and dropped after the suite). */
  start(options?: AppOptions, database?: TestDatabase): Promise<TestApp>;
  /** A new empty database, dropped after the suite. */
  database(): Promise<TestDatabase>;
}

/** Quiet, no web build, no demo unless asked. */
export const TEST_DEFAULTS: AppOptions = {
  logger: false,
  seedDemo: false,
  nodeEnv: 'test',
  webDist: join(tmpdir(), 'charte-no-web-build'),
  poolSize: 4,
  // Tests do not depend on a browser being installed; the PDF test names one.
  pdfBrowser: null,
};

export function harness(kind: DatabaseKind): Harness & { cleanup(): Promise<void> } {
  const apps: App[] = [];
  const databases: TestDatabase[] = [];
  const database = async () => {
    const db = await createTestDatabase(kind);
    databases.push(db);
    return db;
  };
  return {
    kind,
    database,
    async start(options = {}, existing?: TestDatabase) {
      const db = existing ?? (await database());
      const app = await createApp({ ...TEST_DEFAULTS, ...db.options, ...options });
      apps.push(app);
      return makeTestApp(kind, app);
    },
    async cleanup() {
      for (const app of apps.splice(0)) await app.close();
      for (const db of databases.splice(0)) await db.drop();
    },
  };
}

/** `describe` once per database; `body` gets a harness whose apps are closed after the suite. */
export function describeEachDatabase(name: string, body: (h: Harness) => void): void {
  describe.each(DATABASE_KINDS)(`${name} [%s]`, (kind) => {
    const h = harness(kind);
    afterAll(() => h.cleanup());
    body(h);
  });
}

/** A second organization with one account per role (password DEMO_PASSWORD), for tenancy tests. */
export async function createOtherOrganization(app: App, slug = 'autre'): Promise<Record<Role, string>> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const roles: Role[] = ['admin', 'communications', 'reviewer', 'staff'];
  await createOrganization(app.db, {
    name: `Organisation ${slug}`,
    slug,
    lang: 'en',
    accounts: roles.map((role) => ({
      email: `${role}@${slug}.test`,
      name: `${role} ${slug}`,
      passwordHash,
      uiLang: 'en',
      role,
    })),
  });
  return Object.fromEntries(roles.map((r) => [r, `${r}@${slug}.test`])) as Record<Role, string>;
}

export const DEMO = {
  admin: 'admin@demo.local',
  communications: 'comms@demo.local',
  reviewer: 'reviewer@demo.local',
  staff: 'staff@demo.local',
} as const satisfies Record<Role, string>;
