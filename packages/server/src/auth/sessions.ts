/**
 * Server-side sessions. The cookie carries a random 32-byte token; the database keeps only its
 * SHA-256, so reading the sessions table gives no one a session. Sessions end after 12 h without a
 * request or 7 days after sign-in, whichever comes first; sign-out deletes the row.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, Lang, Role } from '../db/schema.js';
import { Scoped } from '../db/scoped.js';

export const SESSION_COOKIE = 'charte_session';
export const IDLE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 7 * 24 * 60 * 60 * 1000;
/** last_seen_at is written at most once a minute per session: reads stay reads. */
const TOUCH_EVERY_MS = 60 * 1000;

export interface SessionView {
  user: { id: string; email: string; name: string; uiLang: Lang };
  organization: { id: string; slug: string; name: string; lang: Lang };
  role: Role;
  /** The member's unit in this organization (null: none), which their initiatives start from. */
  unitId: string | null;
  csrfToken: string;
  /** An administrator reset the password: the member is asked to choose their own first. */
  mustChangePassword: boolean;
}

export interface AuthContext extends SessionView {
  sessionId: string;
  membershipId: string;
  /** Every org-owned row this request may touch goes through it. */
  scoped: Scoped;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Constant-time comparison of two strings. */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Creates a session for a member and returns the cookie's token. */
export async function createSession(
  db: Kysely<Database>,
  userId: string,
  organizationId: string,
  now: Date,
): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  const at = now.toISOString();
  // Sign-in is a good moment to forget this user's dead sessions.
  await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where((eb) =>
      eb.or([
        eb('expires_at', '<=', at),
        eb('last_seen_at', '<=', new Date(now.getTime() - IDLE_TIMEOUT_MS).toISOString()),
      ]),
    )
    .execute();
  await db
    .insertInto('sessions')
    .values({
      id: hashToken(token),
      user_id: userId,
      organization_id: organizationId,
      csrf_token: csrfToken,
      created_at: at,
      last_seen_at: at,
      expires_at: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS).toISOString(),
    })
    .execute();
  return { token, csrfToken };
}

export async function deleteSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', hashToken(token)).execute();
}

/** The session behind a cookie token, or null when there is none, it expired or the membership is gone. */
export async function resolveSession(
  db: Kysely<Database>,
  token: string,
  now: () => Date,
): Promise<AuthContext | null> {
  const id = hashToken(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .innerJoin('organizations', 'organizations.id', 'sessions.organization_id')
    .innerJoin('memberships', (join) =>
      join
        .onRef('memberships.user_id', '=', 'sessions.user_id')
        .onRef('memberships.organization_id', '=', 'sessions.organization_id'),
    )
    .select([
      'sessions.csrf_token',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.id as user_id',
      'users.email',
      'users.name as user_name',
      'users.ui_lang',
      'users.must_change_password',
      'organizations.id as organization_id',
      'organizations.slug',
      'organizations.name as organization_name',
      'organizations.lang',
      'memberships.id as membership_id',
      'memberships.role',
      'memberships.unit_id',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const time = now();
  const at = time.getTime();
  if (Date.parse(row.expires_at) <= at || Date.parse(row.last_seen_at) + IDLE_TIMEOUT_MS <= at) {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
    return null;
  }
  if (at - Date.parse(row.last_seen_at) >= TOUCH_EVERY_MS) {
    await db.updateTable('sessions').set({ last_seen_at: time.toISOString() }).where('id', '=', id).execute();
  }
  return {
    sessionId: id,
    membershipId: row.membership_id,
    csrfToken: row.csrf_token,
    user: { id: row.user_id, email: row.email, name: row.user_name, uiLang: row.ui_lang },
    organization: { id: row.organization_id, slug: row.slug, name: row.organization_name, lang: row.lang },
    role: row.role,
    unitId: row.unit_id,
    mustChangePassword: row.must_change_password === 1,
    scoped: new Scoped(db, row.organization_id, now),
  };
}

/** The language of a session's user, for messages on routes that do not resolve the session. */
export async function sessionLang(db: Kysely<Database>, token: string): Promise<Lang | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select('users.ui_lang')
    .where('sessions.id', '=', hashToken(token))
    .executeTakeFirst();
  return row?.ui_lang ?? null;
}

export function sessionView(auth: SessionView): SessionView {
  return {
    user: auth.user,
    organization: auth.organization,
    role: auth.role,
    unitId: auth.unitId,
    csrfToken: auth.csrfToken,
    mustChangePassword: auth.mustChangePassword,
  };
}
