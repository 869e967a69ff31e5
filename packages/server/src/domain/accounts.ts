/**
 * Accounts made from the command line (`charte user add`): a member added to an existing
 * organization, or a new organization with its first administrator — what first-run setup does in
 * the browser. Same rules and audit rows as the API.
 */
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/passwords.js';
import type { Database, Lang, Role } from '../db/schema.js';
import { Scoped } from '../db/scoped.js';
import { createMember } from './members.js';
import { createOrganization } from './organizations.js';

export interface AddUserInput {
  email: string;
  name: string;
  role: Role;
  password: string;
  uiLang: Lang;
  /** An existing organization by its slug, or a new one (its first member must be an admin). */
  organization: { slug: string } | { create: { name: string; slug?: string; lang: Lang } };
}

export interface AddedUser {
  organization: { id: string; slug: string; name: string };
  /** Whether the organization was created with this account. */
  createdOrganization: boolean;
}

/** Why an account cannot be added, as a stable code the command words in the user's language. */
export class AddUserError extends Error {
  constructor(readonly code: 'no-organization' | 'first-member-admin' | 'email-taken' | 'slug-taken') {
    super(code);
  }
}

export async function addUser(db: Kysely<Database>, input: AddUserInput): Promise<AddedUser> {
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  try {
    if ('create' in input.organization) {
      if (input.role !== 'admin') throw new AddUserError('first-member-admin');
      const { name, slug, lang } = input.organization.create;
      const created = await createOrganization(db, {
        name,
        ...(slug ? { slug } : {}),
        lang,
        accounts: [{ email, name: input.name, passwordHash, uiLang: input.uiLang, role: 'admin' }],
      });
      const row = await db
        .selectFrom('organizations')
        .select(['id', 'slug', 'name'])
        .where('id', '=', created.organizationId)
        .executeTakeFirstOrThrow();
      return { organization: row, createdOrganization: true };
    }
    const org = await db
      .selectFrom('organizations')
      .select(['id', 'slug', 'name'])
      .where('slug', '=', input.organization.slug)
      .executeTakeFirst();
    if (!org) throw new AddUserError('no-organization');
    // Added from the command line, by no signed-in member: the audit row has no actor.
    await createMember(new Scoped(db, org.id), null, {
      email,
      name: input.name,
      role: input.role,
      passwordHash,
      uiLang: input.uiLang,
    });
    return { organization: org, createdOrganization: false };
  } catch (error) {
    if (error instanceof AddUserError) throw error;
    const reason = (error as { reason?: string }).reason;
    if (reason === 'email-taken' || reason === 'slug-taken') throw new AddUserError(reason);
    throw error;
  }
}
