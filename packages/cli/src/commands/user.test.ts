import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '@charte/server';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EXIT_FAILURE, EXIT_OK } from '../exit-codes.js';
import { createTranslator } from '../i18n/index.js';
import { bufferIo } from '../io.js';
import { runCaptured } from '../run.js';
import { userPasswdCommand } from './user.js';

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

const NEW_PASSWORD = 'une-toute-nouvelle-phrase';

const passwd = (
  dataDir: string,
  args: string[],
  options: { stdin?: string; env?: Record<string, string> } = {},
) =>
  runCaptured(['user', 'passwd', ...args], {
    cwd: dir,
    stdin: options.stdin ?? `${NEW_PASSWORD}\n`,
    env: { LANG: 'en_US.UTF-8', DATA_DIR: dataDir, ...options.env },
  });

describe('charte user passwd (SQLite)', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = join(dir, 'passwd');
    const created = await runCaptured(
      [
        'user',
        'add',
        '--new-org',
        'École du Parc',
        '--email',
        'direction@parc.example',
        '--name',
        'Direction',
        '--role',
        'admin',
        '--password-stdin',
      ],
      { cwd: dir, stdin: `${PASSWORD}\n`, env: { LANG: 'en_US.UTF-8', DATA_DIR: dataDir } },
    );
    expect(created.code).toBe(EXIT_OK);
  });

  it('sets the password, ends every session of the account, clears a pending change and audits it', async () => {
    const app = await createApp({ dataDir, logger: false, seedDemo: false });
    try {
      const login = await app.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'direction@parc.example', password: PASSWORD },
      });
      expect(login.statusCode).toBe(200);
      const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      // As if an administrator had reset it: the operator's password asks for no change.
      await app.db.updateTable('users').set({ must_change_password: 1 }).execute();

      const changed = await passwd(dataDir, ['--email', ' Direction@Parc.example', '--password-stdin']);
      expect(changed.stderr).toBe('');
      expect(changed.code).toBe(EXIT_OK);
      expect(changed.stdout).toBe(
        'Password of direction@parc.example changed; every session of this account has ended.\n',
      );

      expect((await app.app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
      const audit = await app.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'member.password')
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0].actor_id).toBeNull();
      expect(JSON.parse(audit[0].after!)).toEqual({ mustChangePassword: false });
      expect(JSON.stringify(audit)).not.toContain(NEW_PASSWORD);
    } finally {
      await app.close();
    }
    expect((await logIn({ dataDir }, 'direction@parc.example')).status).toBe(401);
    const fresh = await logIn({ dataDir }, 'direction@parc.example', NEW_PASSWORD);
    expect(fresh.status).toBe(200);
    expect(fresh.body).toMatchObject({ mustChangePassword: false });
  });

  it('says what is wrong, in the user’s language, and changes nothing', async () => {
    const unknown = await passwd(dataDir, ['--email', 'personne@parc.example', '--password-stdin'], {
      env: { LANG: 'fr_CA.UTF-8' },
    });
    expect(unknown.code).toBe(EXIT_FAILURE);
    expect(unknown.stderr).toBe('charte : aucun compte n’a l’adresse courriel personne@parc.example\n');
    const cases: [string[], string, string?][] = [
      [['--email', 'not-an-email', '--password-stdin'], '“not-an-email” is not an e-mail address'],
      [['--password-stdin'], "option '--email <email>' is required"],
      [
        ['--email', 'direction@parc.example', '--password-stdin'],
        'the password must have 10 to 256',
        'short\n',
      ],
      [['--email', 'direction@parc.example', '--password', 'x'.repeat(12)], "unknown option '--password'"],
      [['--email', 'direction@parc.example'], 'a password is needed', ''],
    ];
    for (const [args, message, stdin] of cases) {
      const { code, stderr, stdout } = await passwd(dataDir, args, stdin === undefined ? {} : { stdin });
      expect(code, args.join(' ')).toBe(EXIT_FAILURE);
      expect(stderr, args.join(' ')).toContain(message);
      expect(stdout).toBe('');
    }
    expect((await logIn({ dataDir }, 'direction@parc.example', NEW_PASSWORD)).status).toBe(200);
  });

  it('asks twice, hidden, on a terminal', async () => {
    const ask = (answers: string[]) => {
      const asked: string[] = [];
      return {
        asked,
        askPassword: async (message: string) => {
          asked.push(message);
          return answers.shift() ?? '';
        },
      };
    };
    const context = () => ({
      io: bufferIo({ env: { DATA_DIR: dataDir }, cwd: dir }),
      t: createTranslator('en'),
    });
    const mismatch = ask(['un-autre-mot-de-passe', 'un-autre-mot-de-passX']);
    const refused = context();
    expect(
      await userPasswdCommand(refused, { email: 'direction@parc.example', passwordStdin: false }, mismatch),
    ).toBe(EXIT_FAILURE);
    expect(mismatch.asked).toEqual(['New password (at least 10 characters)', 'The same password again']);
    expect(refused.io.err()).toBe('charte: the two passwords differ; nothing was changed\n');

    const same = ask(['un-autre-mot-de-passe', 'un-autre-mot-de-passe']);
    const done = context();
    expect(
      await userPasswdCommand(done, { email: 'direction@parc.example', passwordStdin: false }, same),
    ).toBe(EXIT_OK);
    expect(done.io.out()).toContain('Password of direction@parc.example changed');
    expect((await logIn({ dataDir }, 'direction@parc.example', 'un-autre-mot-de-passe')).status).toBe(200);
  });
});

describe('charte user passwd (PostgreSQL)', () => {
  it('sets the password in a PostgreSQL database', async () => {
    const admin = new pg.Client({ connectionString: inject('pgUrl') });
    await admin.connect();
    const name = `charte_passwd_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(inject('pgUrl'));
    url.pathname = `/${name}`;
    try {
      const env = { DATABASE_URL: url.href };
      const created = await user(
        [
          '--new-org',
          'Ville de Lévis',
          '--email',
          'admin@levis.example',
          '--name',
          'Admin',
          '--role',
          'admin',
          '--password-stdin',
        ],
        { env },
      );
      expect(created.code).toBe(EXIT_OK);
      const changed = await passwd(
        join(dir, 'unused'),
        ['--email', 'admin@levis.example', '--password-stdin'],
        {
          env,
        },
      );
      expect(changed.stderr).toBe('');
      expect(changed.code).toBe(EXIT_OK);
      expect((await logIn({ databaseUrl: url.href }, 'admin@levis.example')).status).toBe(401);
      expect((await logIn({ databaseUrl: url.href }, 'admin@levis.example', NEW_PASSWORD)).status).toBe(200);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
