/**
 * Organizations and their first administrator: first-run setup, demo seeding and tests create them
 * here. These functions work on the raw database because an organization is what scopes everything
 * else; once it exists, its rows are written through a Scoped.
 */
import { randomUUID } from 'node:crypto';
import { slugify } from '@charte/analyzer';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../db/connect.js';
import type { Database, Lang, Role } from '../db/schema.js';
import { Scoped } from '../db/scoped.js';
import { conflict } from '../http/errors.js';

export interface NewAccount {
  email: string;
  name: string;
  passwordHash: string;
  uiLang: Lang;
  role: Role;
}

export interface NewOrganization {
  name: string;
  slug?: string;
  lang: Lang;
  accounts: NewAccount[];
}

export interface CreatedOrganization {
  organizationId: string;
  userIds: string[];
}

export function organizationSlug(name: string): string {
  return slugify(name).slice(0, 64).replace(/-+$/, '') || 'organization';
}

/**
 * Creates an organization and its accounts in one transaction, with an audit row. `marker`, when
 * given, is a settings key inserted in the same transaction: a second concurrent first-run setup
 * fails on it (409) instead of creating a second organization.
 */
export async function createOrganization(
  db: Kysely<Database>,
  input: NewOrganization,
  options: { marker?: string; now?: Date } = {},
): Promise<CreatedOrganization> {
  const now = options.now ?? new Date();
  const at = now.toISOString();
  const organizationId = randomUUID();
  const slug = input.slug ?? organizationSlug(input.name);
  try {
    return await db.transaction().execute(async (trx) => {
      if (options.marker) {
        const done = await trx
          .selectFrom('settings')
          .select('key')
          .where('key', '=', options.marker)
          .executeTakeFirst();
        if (done) throw conflict('setup-done');
        await trx.insertInto('settings').values({ key: options.marker, value: at }).execute();
      }
      const taken = await trx
        .selectFrom('organizations')
        .select('id')
        .where('slug', '=', slug)
        .executeTakeFirst();
      if (taken) throw conflict('slug-taken');
      await trx
        .insertInto('organizations')
        .values({
          id: organizationId,
          slug,
          name: input.name,
          lang: input.lang,
          created_at: at,
          values_json: '[]',
        })
        .execute();
      const scoped = new Scoped(trx, organizationId, () => now);
      const userIds: string[] = [];
      for (const account of input.accounts) {
        const email = account.email.trim().toLowerCase();
        const existing = await trx
          .selectFrom('users')
          .select('id')
          .where('email', '=', email)
          .executeTakeFirst();
        if (existing) throw conflict('email-taken');
        const userId = randomUUID();
        userIds.push(userId);
        await trx
          .insertInto('users')
          .values({
            id: userId,
            email,
            name: account.name,
            password_hash: account.passwordHash,
            ui_lang: account.uiLang,
            created_at: at,
          })
          .execute();
        const membershipId = randomUUID();
        await scoped.insert('memberships', {
          id: membershipId,
          user_id: userId,
          role: account.role,
          unit_id: null,
          created_at: at,
        });
        await scoped.audit({
          actorId: userIds[0],
          action: 'member.create',
          entity: 'member',
          entityId: membershipId,
          after: { email, name: account.name, role: account.role, unitId: null },
        });
      }
      await scoped.audit({
        actorId: userIds[0] ?? null,
        action: 'organization.create',
        entity: 'organization',
        entityId: organizationId,
        after: { slug, name: input.name, lang: input.lang },
      });
      return { organizationId, userIds };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(options.marker ? 'setup-done' : 'slug-taken');
    throw error;
  }
}

/** Whether any organization exists (first-run setup is needed while none does). */
export async function hasOrganization(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('organizations').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}
