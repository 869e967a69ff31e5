/**
 * Password changes, in the three ways a password changes after the account exists: the member's own
 * change (they give the current one), an administrator's reset (the member must choose their own at
 * the next sign-in), and the operator's `charte user passwd` on the server. Each ends sessions and
 * writes audit rows in the same transaction; no audit row ever holds a password or a hash.
 */
import type { Kysely } from 'kysely';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import type { Database } from '../db/schema.js';
import { Scoped } from '../db/scoped.js';
import { conflict, notFound } from '../http/errors.js';
import type { Actor } from './charters.js';

/** Why the member's own change was refused, as a stable code the route words per field. */
export class PasswordChangeError extends Error {
  constructor(readonly code: 'wrong-password' | 'password-unchanged') {
    super(code);
  }
}

export interface OwnPasswordChange {
  userId: string;
  organizationId: string;
  membershipId: string;
  /** The session the change is made from: the one session kept. */
  sessionId: string;
  currentPassword: string;
  newPassword: string;
}

/**
 * The signed-in member changes their own password. The password belongs to the account, not to one
 * organization: every other session of the account ends, in every organization; the current one stays.
 */
export async function changeOwnPassword(
  db: Kysely<Database>,
  change: OwnPasswordChange,
  now: () => Date,
): Promise<void> {
  const user = await db
    .selectFrom('users')
    .select(['password_hash', 'must_change_password'])
    .where('id', '=', change.userId)
    .executeTakeFirst();
  const ok = await verifyPassword(user?.password_hash ?? null, change.currentPassword);
  if (!user || !ok) throw new PasswordChangeError('wrong-password');
  if (change.newPassword === change.currentPassword) throw new PasswordChangeError('password-unchanged');
  const passwordHash = await hashPassword(change.newPassword);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, must_change_password: 0 })
      .where('id', '=', change.userId)
      .execute();
    await trx
      .deleteFrom('sessions')
      .where('user_id', '=', change.userId)
      .where('id', '!=', change.sessionId)
      .execute();
    await new Scoped(trx, change.organizationId, now).audit({
      actorId: change.userId,
      action: 'member.password',
      entity: 'member',
      entityId: change.membershipId,
      before: { mustChangePassword: user.must_change_password === 1 },
      after: { mustChangePassword: false },
    });
  });
}

/**
 * An administrator gives a member a temporary password. Accounts are shared between organizations, so
 * one organization's administrator may not take over an account that is also a member elsewhere (409
 * member-elsewhere: the operator resets it on the server); nor their own account, which has its own
 * change, with the current password (409 self-password). Every session of the account ends, and the
 * member is asked to choose their own password at the next sign-in.
 */
export async function resetMemberPassword(
  s: Scoped,
  actor: Actor,
  membershipId: string,
  newPassword: string,
): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  await s.transaction(async (tx) => {
    const member = await tx
      .selectFrom('memberships')
      .select(['id', 'user_id'])
      .where('id', '=', membershipId)
      .executeTakeFirst();
    if (!member) throw notFound();
    if (member.user_id === actor.id) throw conflict('self-password');
    if ((await tx.countMembershipsOfUser(member.user_id)) > 1) throw conflict('member-elsewhere');
    const before = await tx
      .users()
      .select('must_change_password')
      .where('id', '=', member.user_id)
      .executeTakeFirstOrThrow();
    await tx
      .updateUsers()
      .set({ password_hash: passwordHash, must_change_password: 1 })
      .where('id', '=', member.user_id)
      .execute();
    // This organization is the account's only one (checked above): its sessions here are all it has.
    await tx.deleteSessionsOfUser(member.user_id);
    await tx.audit({
      actorId: actor.id,
      action: 'member.password-reset',
      entity: 'member',
      entityId: member.id,
      before: { mustChangePassword: before.must_change_password === 1 },
      after: { mustChangePassword: true },
    });
  });
}

/** Why `charte user passwd` could not set the password, as a stable code the command words. */
export class SetPasswordError extends Error {
  constructor(readonly code: 'no-account') {
    super(code);
  }
}

export interface PasswordSet {
  email: string;
  /** The organizations the account is a member of (one audit row in each). */
  organizations: { slug: string; name: string }[];
}

/**
 * The operator sets an account's password on the server (`charte user passwd`): any account, in any
 * number of organizations. Every session of the account ends; no change is asked of the member, since
 * the operator may be that member. One audit row, without an actor, in each of its organizations.
 */
export async function setUserPassword(
  db: Kysely<Database>,
  input: { email: string; password: string },
  now: () => Date = () => new Date(),
): Promise<PasswordSet> {
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom('users')
      .select(['id', 'must_change_password'])
      .where('email', '=', email)
      .executeTakeFirst();
    if (!user) throw new SetPasswordError('no-account');
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, must_change_password: 0 })
      .where('id', '=', user.id)
      .execute();
    await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
    const memberships = await trx
      .selectFrom('memberships')
      .innerJoin('organizations', 'organizations.id', 'memberships.organization_id')
      .select(['memberships.id', 'memberships.organization_id', 'organizations.slug', 'organizations.name'])
      .where('memberships.user_id', '=', user.id)
      .orderBy('memberships.created_at')
      .orderBy('memberships.id')
      .execute();
    for (const m of memberships) {
      await new Scoped(trx, m.organization_id, now).audit({
        actorId: null,
        action: 'member.password',
        entity: 'member',
        entityId: m.id,
        before: { mustChangePassword: user.must_change_password === 1 },
        after: { mustChangePassword: false },
      });
    }
    return { email, organizations: memberships.map((m) => ({ slug: m.slug, name: m.name })) };
  });
}
