import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '@charte/server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EXIT_FAILURE, EXIT_OK } from '../exit-codes.js';
import { runCaptured } from '../run.js';

const PASSWORD = 'un-mot-de-passe-solide';
let dir: string;

const user = (args: string[], options: { stdin?: string; env?: Record<string, string> } = {}) =>
  runCaptured(['user', 'add', ...args], {
    cwd: dir,
    stdin: options.stdin ?? `${PASSWORD}\n`,
    env: { LANG: 'en_US.UTF-8', DATA_DIR: join(dir, 'data'), ...options.env },
  });

/** Logs in through the real API on the same database: the account works as the server sees it. */
async function logIn(
  options: { dataDir?: string; databaseUrl?: string },
  email: string,
  password = PASSWORD,
) {
  const app = await createApp({ ...options, logger: false, seedDemo: false });
  try {
    const response = await app.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
    });
    return {
      status: response.statusCode,
      body: response.json() as { role?: string; organization?: { slug: string } },
    };
  } finally {
    await app.close();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'charte-user-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('charte user add (SQLite)', () => {
  it('creates an organization with its administrator, then adds a member to it', async () => {
    const created = await user([
      '--new-org',
      'CSS des Rivières',
      '--email',
      'Admin@Example.org',
      '--name',
      'Ada Admin',
      '--role',
      'admin',
      '--password-stdin',
    ]);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(EXIT_OK);
    expect(created.stdout).toBe(
      'Organization CSS des Rivières (css-des-rivieres) created, with admin@example.org as its administrator. Start the server and log in.\n',
    );
    const added = await user(
      [
        '--org',
        'css-des-rivieres',
        '--email',
        'marie@example.org',
        '--name',
        'Marie',
        '--role',
        'communications',
        '--password-stdin',
      ],
      { env: { LANG: 'fr_CA.UTF-8' } },
    );
    expect(added.code).toBe(EXIT_OK);
    expect(added.stdout).toBe(
      'Compte marie@example.org ajouté à CSS des Rivières (css-des-rivieres) comme communications.\n',
    );

    const admin = await logIn({ dataDir: join(dir, 'data') }, 'admin@example.org');
    expect(admin.status).toBe(200);
    expect(admin.body.role).toBe('admin');
    const comms = await logIn({ dataDir: join(dir, 'data') }, 'marie@example.org');
    expect(comms.body).toMatchObject({ role: 'communications', organization: { slug: 'css-des-rivieres' } });
    expect(
      (await logIn({ dataDir: join(dir, 'data') }, 'marie@example.org', 'wrong-password-1')).status,
    ).toBe(401);
  });

  it('says what is wrong, in the user’s language, and changes nothing', async () => {
    const cases: [string[], string, string?][] = [
      [['--org', 'x', '--email', 'not-an-email', '--name', 'Jo'], '“not-an-email” is not an e-mail address'],
      [['--email', 'a@example.org', '--name', 'Jo'], 'give either --org SLUG'],
      [
        ['--org', 'x', '--new-org', 'Y', '--email', 'a@example.org', '--name', 'Jo'],
        'give either --org SLUG',
      ],
      [['--new-org', 'Y', '--email', 'a@example.org', '--name', 'Jo'], 'add --role admin'],
      [
        ['--org', 'nowhere', '--email', 'a@example.org', '--name', 'Jo', '--password-stdin'],
        'no organization has the identifier “nowhere”',
      ],
      [
        ['--org', 'x', '--email', 'a@example.org', '--name', 'Jo', '--password-stdin'],
        'the password must have 10 to 256 characters',
        'short\n',
      ],
      [
        ['--org', 'x', '--email', 'a@example.org', '--name', 'Jo', '--role', 'boss'],
        "invalid value 'boss' for --role",
      ],
    ];
    for (const [args, message, stdin] of cases) {
      const { code, stderr, stdout } = await user(args, stdin ? { stdin } : {});
      expect(code, args.join(' ')).toBe(EXIT_FAILURE);
      expect(stderr, args.join(' ')).toContain(message);
      expect(stdout).toBe('');
    }
    const taken = await user(
      ['--org', 'css-des-rivieres', '--email', 'marie@example.org', '--name', 'Marie', '--password-stdin'],
      { env: { LANG: 'fr_CA.UTF-8' } },
    );
    expect(taken.code).toBe(EXIT_FAILURE);
    expect(taken.stderr).toBe('charte : marie@example.org a déjà un compte dans une organisation\n');
  });

  it('asks for the password on a terminal, never from a flag, and refuses without one', async () => {
    const piped = await runCaptured(
      ['user', 'add', '--org', 'x', '--email', 'a@example.org', '--name', 'Jo'],
      {
        cwd: dir,
        stdin: '',
        env: { LANG: 'en_US.UTF-8', DATA_DIR: join(dir, 'data') },
      },
    );
    expect(piped.code).toBe(EXIT_FAILURE);
    expect(piped.stderr).toContain('a password is needed');
    const flag = await user([
      '--org',
      'x',
      '--email',
      'a@example.org',
      '--name',
      'Jo',
      '--password',
      PASSWORD,
    ]);
    expect(flag.code).toBe(EXIT_FAILURE);
    expect(flag.stderr).toContain("unknown option '--password'");
  });
});

describe('charte user add (PostgreSQL)', () => {
  it('creates the organization and its administrator in a PostgreSQL database', async () => {
    const admin = new pg.Client({ connectionString: inject('pgUrl') });
    await admin.connect();
    const name = `charte_user_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(inject('pgUrl'));
    url.pathname = `/${name}`;
    try {
      const created = await user(
        [
          '--new-org',
          'Ville de Lévis',
          '--org-lang',
          'fr',
          '--email',
          'admin@levis.example',
          '--name',
          'Admin',
          '--role',
          'admin',
          '--password-stdin',
        ],
        { env: { DATABASE_URL: url.href } },
      );
      expect(created.stderr).toBe('');
      expect(created.code).toBe(EXIT_OK);
      const login = await logIn({ databaseUrl: url.href }, 'admin@levis.example');
      expect(login.body).toMatchObject({ role: 'admin', organization: { slug: 'ville-de-levis' } });
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
