/**
 * Vitest global setup: a throwaway PostgreSQL server for the API tests, started from the machine's
 * PostgreSQL binaries (Debian's `postgresql` package) in a temporary folder, on a free port, with
 * trust authentication on 127.0.0.1 only. Tests read its URL with `inject('pgUrl')` and create their
 * own database in it. CHARTE_TEST_PG_URL points the tests at a server of your own instead.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

const run = promisify(execFile);

/** The newest PostgreSQL server binaries installed, as Debian lays them out. */
function findBinaries(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(root, versions[0], 'bin') : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface ThrowawayPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a PostgreSQL server in a temporary folder on a free port (trust authentication, 127.0.0.1
 * only, durability off); `stop()` ends it and removes the folder.
 */
export async function startPostgres(): Promise<ThrowawayPostgres> {
  const bin = findBinaries();
  if (bin === null) {
    throw new Error(
      'A PostgreSQL server is needed: install its binaries (Debian: sudo apt-get install postgresql) ' +
        'or set CHARTE_TEST_PG_URL=postgres://user:password@host:port/database.',
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'charte-pg-'));
  const data = join(dir, 'data');
  // PostgreSQL refuses to run as root: the server then runs as the `postgres` system user.
  const asRoot = process.getuid?.() === 0;
  const command = async (file: string, args: string[]) => {
    if (asRoot) return run('runuser', ['-u', 'postgres', '--', file, ...args]);
    return run(file, args);
  };
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  await command(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--no-locale',
  ]);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    // A throwaway server: durability is not needed, speed is.
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
  ].join(' ');
  await command(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-o',
    options,
    '-l',
    join(dir, 'server.log'),
    '-w',
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await command(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(
        () => undefined,
      );
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.CHARTE_TEST_PG_URL;
  if (given) {
    project.provide('pgUrl', given);
    return undefined;
  }
  const server = await startPostgres();
  project.provide('pgUrl', server.url);
  return server.stop;
}
