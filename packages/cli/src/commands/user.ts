import type { Lang } from '@charte/analyzer';
import { type Context, warn } from '../context.js';
import { EXIT_FAILURE, EXIT_OK, type ExitCode } from '../exit-codes.js';
import { isPromptExit } from '../new/prompter.js';

export const USER_ROLES = ['admin', 'communications', 'reviewer', 'staff'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export interface UserAddOptions {
  email: string;
  name: string;
  role: UserRole;
  /** An existing organization, by its slug. */
  org?: string;
  /** Or a new organization, by its name (its first member is an admin). */
  newOrg?: string;
  orgSlug?: string;
  orgLang: Lang;
  uiLang: Lang;
  /** Read the password from standard input instead of asking for it. */
  passwordStdin: boolean;
}

/** The password rules of the API: what setup and the members page accept. */
const MIN_PASSWORD = 10;
const MAX_PASSWORD = 256;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Dependencies a test may replace: the password prompt. */
export interface UserAddDependencies {
  askPassword?: (message: string) => Promise<string>;
}

async function terminalPassword(message: string): Promise<string> {
  const { password } = await import('@inquirer/prompts');
  return password({ message, mask: '•' });
}

async function readStdinLine(ctx: Context): Promise<string> {
  let text = '';
  for await (const chunk of ctx.io.stdin.chunks()) {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    if (text.length > 4 * MAX_PASSWORD) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

const fail = (ctx: Context, message: string): ExitCode => {
  warn(ctx, ctx.t.t('usage.prefix', { message }));
  return EXIT_FAILURE;
};

/**
 * A new password: asked twice on a terminal (hidden), or the first line of standard input with
 * --password-stdin; never a flag. Checked against the API's rules. An exit code when there is none.
 */
async function newPassword(
  ctx: Context,
  fromStdin: boolean,
  dependencies: UserAddDependencies,
  prompt: 'user.passwordPrompt' | 'user.passwd.prompt',
): Promise<string | ExitCode> {
  const { io, t } = ctx;
  let password: string;
  try {
    if (fromStdin) password = await readStdinLine(ctx);
    else if (dependencies.askPassword || (io.stdin.isTTY && io.stdout.isTTY)) {
      const ask = dependencies.askPassword ?? terminalPassword;
      password = await ask(t.t(prompt, { min: MIN_PASSWORD }));
      if (password.length >= MIN_PASSWORD && (await ask(t.t('user.passwordAgain'))) !== password) {
        return fail(ctx, t.t('user.passwordMismatch'));
      }
    } else return fail(ctx, t.t('user.needsPassword'));
  } catch (error) {
    if (isPromptExit(error)) {
      warn(ctx, t.t('user.cancelled'));
      return EXIT_FAILURE;
    }
    throw error;
  }
  if (password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
    return fail(ctx, t.t('user.badPassword', { min: MIN_PASSWORD, max: MAX_PASSWORD }));
  }
  return password;
}

type Server = typeof import('@charte/server');

/** The server's database (DATABASE_URL, else SQLite in DATA_DIR), migrated; an exit code on failure. */
async function openServerDatabase(
  ctx: Context,
): Promise<{ server: Server; handle: ReturnType<Server['openDatabase']> } | { code: ExitCode }> {
  const { io, t } = ctx;
  // The server's modules (database drivers) load only for these commands.
  const server = await import('@charte/server');
  let config: ReturnType<typeof server.configFromEnv>;
  try {
    config = server.configFromEnv({ ...io.env, DATA_DIR: io.env.DATA_DIR || `${io.cwd}/data` });
  } catch (error) {
    return { code: fail(ctx, t.t('user.badEnvironment', { reason: (error as Error).message })) };
  }
  const target = config.databaseUrl
    ? ({ kind: 'postgres', url: config.databaseUrl } as const)
    : ({ kind: 'sqlite', path: `${config.dataDir}/charte.sqlite` } as const);
  let handle: ReturnType<typeof server.openDatabase> | undefined;
  try {
    handle = server.openDatabase(target);
    // The migrator works on any schema: it is typed on Kysely<unknown>.
    await server.migrateToLatest(handle.db as unknown as Parameters<typeof server.migrateToLatest>[0]);
  } catch (error) {
    await handle?.close().catch(() => {});
    return { code: fail(ctx, t.t('user.noDatabase', { reason: (error as Error).message.split('\n')[0] })) };
  }
  return { server, handle };
}

/**
 * `charte user add`: adds an account to an organization in the platform's database (DATABASE_URL,
 * else SQLite in DATA_DIR), or creates an organization with its first administrator — what the
 * first-run setup page does, for a server without a browser at hand. The password is asked twice on
 * a terminal (never shown) or read from standard input with --password-stdin; it is never a flag.
 */
export async function userAddCommand(
  ctx: Context,
  options: UserAddOptions,
  dependencies: UserAddDependencies = {},
): Promise<ExitCode> {
  const { io, t } = ctx;
  if (!EMAIL.test(options.email.trim())) return fail(ctx, t.t('user.badEmail', { email: options.email }));
  if (options.name.trim().length < 2) return fail(ctx, t.t('user.badName'));
  if ((options.org === undefined) === (options.newOrg === undefined)) return fail(ctx, t.t('user.orgChoice'));
  if (options.newOrg !== undefined && options.role !== 'admin') return fail(ctx, t.t('user.firstAdmin'));

  const password = await newPassword(ctx, options.passwordStdin, dependencies, 'user.passwordPrompt');
  if (typeof password !== 'string') return password;

  const opened = await openServerDatabase(ctx);
  if (!('handle' in opened)) return opened.code;
  const { server, handle } = opened;
  try {
    const added = await server.addUser(handle.db, {
      email: options.email,
      name: options.name.trim(),
      role: options.role,
      password,
      uiLang: options.uiLang,
      organization:
        options.newOrg !== undefined
          ? {
              create: {
                name: options.newOrg.trim(),
                ...(options.orgSlug ? { slug: options.orgSlug } : {}),
                lang: options.orgLang,
              },
            }
          : { slug: options.org! },
    });
    const key = added.createdOrganization ? 'user.createdOrganization' : 'user.added';
    io.stdout.write(
      `${t.t(key, {
        email: options.email.trim().toLowerCase(),
        organization: added.organization.name,
        slug: added.organization.slug,
        role: t.t(`user.role.${options.role}`),
      })}\n`,
    );
    return EXIT_OK;
  } catch (error) {
    if (error instanceof server.AddUserError) {
      return fail(
        ctx,
        t.t(`user.error.${error.code}`, { org: options.org ?? options.orgSlug ?? '', email: options.email }),
      );
    }
    return fail(ctx, t.t('user.noDatabase', { reason: (error as Error).message.split('\n')[0] }));
  } finally {
    await handle.close();
  }
}

export interface UserPasswdOptions {
  email: string;
  /** Read the password from standard input instead of asking for it. */
  passwordStdin: boolean;
}

/**
 * `charte user passwd`: sets an account's password in the platform's database and ends every session
 * of the account — the operator's way in when no one can sign in, and the only reset for an account
 * that belongs to several organizations (no organization's administrator may reset it). It asks no
 * change at the next sign-in: the operator may be the account's owner.
 */
export async function userPasswdCommand(
  ctx: Context,
  options: UserPasswdOptions,
  dependencies: UserAddDependencies = {},
): Promise<ExitCode> {
  const { io, t } = ctx;
  const email = options.email.trim().toLowerCase();
  if (!EMAIL.test(email)) return fail(ctx, t.t('user.badEmail', { email: options.email }));
  const password = await newPassword(ctx, options.passwordStdin, dependencies, 'user.passwd.prompt');
  if (typeof password !== 'string') return password;

  const opened = await openServerDatabase(ctx);
  if (!('handle' in opened)) return opened.code;
  const { server, handle } = opened;
  try {
    const set = await server.setUserPassword(handle.db, { email, password });
    io.stdout.write(`${t.t('user.passwd.done', { email: set.email })}\n`);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof server.SetPasswordError) return fail(ctx, t.t('user.error.no-account', { email }));
    return fail(ctx, t.t('user.noDatabase', { reason: (error as Error).message.split('\n')[0] }));
  } finally {
    await handle.close();
  }
}
