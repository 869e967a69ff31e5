/**
 * Members (a user's membership in the organization, with its role and unit), units and the audit
 * log: the administrator's side of an organization.
 */
import { randomUUID } from 'node:crypto';
import type { AuditEntity, Lang, Role } from '../db/schema.js';
import type { Scoped } from '../db/scoped.js';
import { conflict, notFound } from '../http/errors.js';
import type { Actor } from './charters.js';

export interface MemberView {
  id: string;
  userId: string;
  email: string;
  name: string;
  role: Role;
  unitId: string | null;
  createdAt: string;
}

export interface UnitView {
  id: string;
  name: string;
  createdAt: string;
}

function memberQuery(s: Scoped) {
  return s
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'memberships.id',
      'memberships.user_id',
      'memberships.role',
      'memberships.unit_id',
      'memberships.created_at',
      'users.email',
      'users.name',
    ]);
}

type MemberRow = Awaited<ReturnType<ReturnType<typeof memberQuery>['executeTakeFirstOrThrow']>>;

function memberView(row: MemberRow): MemberView {
  return {
    id: row.id,
    userId: row.user_id,
    email: row.email,
    name: row.name,
    role: row.role,
    unitId: row.unit_id,
    createdAt: row.created_at,
  };
}

const memberState = (m: MemberView) => ({ email: m.email, name: m.name, role: m.role, unitId: m.unitId });

export async function listMembers(s: Scoped): Promise<MemberView[]> {
  const rows = await memberQuery(s).orderBy('users.email').execute();
  return rows.map(memberView);
}

async function findMember(s: Scoped, id: string): Promise<MemberView> {
  const row = await memberQuery(s).where('memberships.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return memberView(row);
}

async function assertUnit(s: Scoped, unitId: string | null | undefined): Promise<void> {
  if (!unitId) return;
  const unit = await s.selectFrom('units').select('id').where('id', '=', unitId).executeTakeFirst();
  if (!unit) throw notFound();
}

async function adminCount(s: Scoped): Promise<number> {
  const rows = await s.selectFrom('memberships').select('id').where('role', '=', 'admin').execute();
  return rows.length;
}

export interface NewMember {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
  unitId?: string | null;
  uiLang: Lang;
}

/**
 * Adds a member. A new e-mail creates the account; an account that belongs to no organization any
 * more (its memberships were all removed) is reused with the new name and password; an account
 * still in an organization is refused (409 email-taken).
 */
export async function createMember(s: Scoped, actor: Actor | null, input: NewMember): Promise<MemberView> {
  const membershipId = randomUUID();
  await s.transaction(async (tx) => {
    await assertUnit(tx, input.unitId);
    const at = tx.now().toISOString();
    const user = await tx.users().select(['id']).where('email', '=', input.email).executeTakeFirst();
    let userId: string;
    if (user) {
      const memberships = await tx.countMembershipsOfUser(user.id);
      if (memberships > 0) throw conflict('email-taken');
      userId = user.id;
      await tx
        .updateUsers()
        .set({ name: input.name, password_hash: input.passwordHash })
        .where('id', '=', userId)
        .execute();
    } else {
      userId = randomUUID();
      await tx.insertUser({
        id: userId,
        email: input.email,
        name: input.name,
        password_hash: input.passwordHash,
        ui_lang: input.uiLang,
        created_at: at,
      });
    }
    await tx.insert('memberships', {
      id: membershipId,
      user_id: userId,
      role: input.role,
      unit_id: input.unitId ?? null,
      created_at: at,
    });
    await tx.audit({
      actorId: actor?.id ?? null,
      action: 'member.create',
      entity: 'member',
      entityId: membershipId,
      after: { email: input.email, name: input.name, role: input.role, unitId: input.unitId ?? null },
    });
  });
  return findMember(s, membershipId);
}

export async function updateMember(
  s: Scoped,
  actor: Actor,
  id: string,
  input: { role?: Role; unitId?: string | null },
): Promise<MemberView> {
  await s.transaction(async (tx) => {
    const before = await findMember(tx, id);
    await assertUnit(tx, input.unitId);
    const role = input.role ?? before.role;
    if (before.role === 'admin' && role !== 'admin' && (await adminCount(tx)) <= 1)
      throw conflict('last-admin');
    const unitId = input.unitId === undefined ? before.unitId : input.unitId;
    await tx.updateTable('memberships').set({ role, unit_id: unitId }).where('id', '=', id).execute();
    // Sessions read the role on every request: the new role applies at once, nothing to revoke.
    await tx.audit({
      actorId: actor.id,
      action: 'member.update',
      entity: 'member',
      entityId: id,
      before: memberState(before),
      after: memberState({ ...before, role, unitId }),
    });
  });
  return findMember(s, id);
}

export async function deleteMember(s: Scoped, actor: Actor, id: string): Promise<void> {
  await s.transaction(async (tx) => {
    const before = await findMember(tx, id);
    if (before.userId === actor.id) throw conflict('self');
    if (before.role === 'admin' && (await adminCount(tx)) <= 1) throw conflict('last-admin');
    await tx.deleteFrom('memberships').where('id', '=', id).execute();
    await tx.deleteSessionsOfUser(before.userId);
    await tx.audit({
      actorId: actor.id,
      action: 'member.delete',
      entity: 'member',
      entityId: id,
      before: memberState(before),
    });
  });
}

// ---- units ------------------------------------------------------------------------------------

export async function listUnits(s: Scoped): Promise<UnitView[]> {
  const rows = await s.selectFrom('units').selectAll().orderBy('name').orderBy('id').execute();
  return rows.map((u) => ({ id: u.id, name: u.name, createdAt: u.created_at }));
}

export async function createUnit(s: Scoped, actor: Actor, name: string): Promise<UnitView> {
  const id = randomUUID();
  const at = s.now().toISOString();
  await s.transaction(async (tx) => {
    await tx.insert('units', { id, name, created_at: at });
    await tx.audit({
      actorId: actor.id,
      action: 'unit.create',
      entity: 'unit',
      entityId: id,
      after: { name },
    });
  });
  return { id, name, createdAt: at };
}

export async function updateUnit(s: Scoped, actor: Actor, id: string, name: string): Promise<UnitView> {
  return s.transaction(async (tx) => {
    const unit = await tx.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
    if (!unit) throw notFound();
    await tx.updateTable('units').set({ name }).where('id', '=', id).execute();
    await tx.audit({
      actorId: actor.id,
      action: 'unit.update',
      entity: 'unit',
      entityId: id,
      before: { name: unit.name },
      after: { name },
    });
    return { id, name, createdAt: unit.created_at };
  });
}

export async function deleteUnit(s: Scoped, actor: Actor, id: string): Promise<void> {
  await s.transaction(async (tx) => {
    const unit = await tx.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
    if (!unit) throw notFound();
    await tx.updateTable('memberships').set({ unit_id: null }).where('unit_id', '=', id).execute();
    await tx.deleteFrom('units').where('id', '=', id).execute();
    await tx.audit({
      actorId: actor.id,
      action: 'unit.delete',
      entity: 'unit',
      entityId: id,
      before: { name: unit.name },
    });
  });
}

// ---- audit ------------------------------------------------------------------------------------

export interface AuditView {
  id: string;
  at: string;
  actor: { id: string; email: string } | null;
  action: string;
  entity: AuditEntity;
  entityId: string;
  before: unknown;
  after: unknown;
}

export async function listAudit(
  s: Scoped,
  query: { limit: number; before?: string; entity?: AuditEntity },
): Promise<AuditView[]> {
  let q = s
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.actor_id',
      'audit_log.action',
      'audit_log.entity',
      'audit_log.entity_id',
      'audit_log.before',
      'audit_log.after',
      'users.email',
    ]);
  if (query.before) q = q.where('audit_log.at', '<', query.before);
  if (query.entity) q = q.where('audit_log.entity', '=', query.entity);
  const rows = await q
    .orderBy('audit_log.at', 'desc')
    .orderBy('audit_log.id', 'desc')
    .limit(query.limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor_id && r.email ? { id: r.actor_id, email: r.email } : null,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after),
  }));
}
