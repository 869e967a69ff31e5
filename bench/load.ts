/**
 * `npm run bench:load`: the server under load on loopback. The server runs in its own process (the
 * built `charte-server`, demo data), autocannon in this one, 100 concurrent connections: the public
 * charter page, the public gallery of initiatives (as fast as the charter page is the target) and the
 * analysis API, on SQLite and on a throwaway PostgreSQL server. Prints requests per second and p50/p99
 * latency, the gallery against the charter page in the same run, and checks the SQLite public page
 * against its target.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startPostgres } from '../scripts/test-support/postgres.js';

const root = new URL('../', import.meta.url).pathname;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 100;
const TARGET = { rps: 3000, p99: 50 };

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startServer(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'packages/server/bin/charte-server.js')], {
    env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { url, child };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new Error('the server did not become ready');
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

interface Session {
  cookie: string;
  csrf: string;
  page: string;
  gallery: string;
}

/** Logs in as a demo member and finds the published demo charter's public page. */
async function prepare(url: string): Promise<Session> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'staff@demo.local', password: 'demo-charte-2026' }),
  });
  if (!login.ok) throw new Error(`demo login failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const session = (await login.json()) as { csrfToken: string; organization: { slug: string } };
  const charters = (await (await fetch(`${url}/api/charters`, { headers: { cookie } })).json()) as {
    slug: string;
  }[];
  const page = `/c/${session.organization.slug}/${charters[0].slug}/fr/index.html`;
  const check = await fetch(`${url}${page}`);
  if (!check.ok) throw new Error(`public page ${page}: ${check.status}`);
  const gallery = `/c/${session.organization.slug}/initiatives/`;
  const cards = (await (await fetch(`${url}${gallery}`)).text()).match(/<article/g)?.length ?? 0;
  if (cards === 0) throw new Error(`the public gallery ${gallery} shows no initiative`);
  return { cookie, csrf: session.csrfToken, page, gallery };
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(options: autocannon.Options): Promise<Figures> {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION, ...options });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

const ANALYZED = [
  '# Photos',
  '',
  'Il est interdit de publier la photo d’un élève sans le consentement écrit de ses parents.',
  'Nous vous encourageons à partager les bons coups de votre classe.',
].join('\n');

function line(name: string, f: Figures): string {
  return `${name.padEnd(34)} ${f.rps.toFixed(0).padStart(7)} req/s   p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(4)} ms   errors ${f.errors}`;
}

const results: { db: string; page: Figures; gallery: Figures; analyze: Figures }[] = [];
const dataDir = await mkdtemp(join(tmpdir(), 'charte-bench-'));
const postgres = await startPostgres();
try {
  for (const db of ['sqlite', 'postgres'] as const) {
    const env: Record<string, string> = { DATA_DIR: join(dataDir, db), NODE_ENV: 'development' };
    if (db === 'postgres') env.DATABASE_URL = postgres.url;
    const { url, child } = await startServer(env);
    try {
      const session = await prepare(url);
      // A short warm-up: JIT, caches, connection pools.
      await autocannon({ url: `${url}${session.page}`, connections: 10, duration: 2 });
      const page = await load({ url: `${url}${session.page}` });
      await autocannon({ url: `${url}${session.gallery}`, connections: 10, duration: 2 });
      const gallery = await load({ url: `${url}${session.gallery}` });
      const analyzed = await load({
        url: `${url}/api/analyze`,
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
        body: JSON.stringify({ source: ANALYZED, lang: 'fr' }),
      });
      results.push({ db, page, gallery, analyze: analyzed });
      console.log(line(`${db}: public charter page`, page));
      console.log(line(`${db}: public gallery`, gallery));
      console.log(
        `${db}: gallery / charter page = ${(gallery.rps / page.rps).toFixed(2)}× the requests per second`,
      );
      console.log(line(`${db}: POST /api/analyze`, analyzed));
    } finally {
      await stop(child);
    }
  }
} finally {
  await postgres.stop();
  await rm(dataDir, { recursive: true, force: true });
}

const sqliteRun = results.find((r) => r.db === 'sqlite')!;
const sqlite = sqliteRun.page;
const ok = sqlite.rps >= TARGET.rps && sqlite.p99 <= TARGET.p99 && sqlite.errors === 0;
console.log(
  `public page on SQLite: ${sqlite.rps.toFixed(0)} req/s (target ≥ ${TARGET.rps}), p99 ${sqlite.p99} ms (target ≤ ${TARGET.p99})  ${ok ? 'OK' : 'BELOW TARGET'}`,
);
// Same run, same process, same connections: within 10 % of the charter page counts as "as fast".
const galleryOk = sqliteRun.gallery.rps >= 0.9 * sqlite.rps && sqliteRun.gallery.errors === 0;
console.log(
  `public gallery on SQLite: ${(sqliteRun.gallery.rps / sqlite.rps).toFixed(2)}× the charter page (target ≥ 0.90×)  ${galleryOk ? 'OK' : 'BELOW TARGET'}`,
);
