/**
 * The one set of migrations, kept in code (no files to ship or find) and written with Kysely's schema
 * builder in the subset of SQL that SQLite and PostgreSQL share: text, integer, partial unique indexes.
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator, PostgresAdapter, sql } from 'kysely';

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('settings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('organizations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('ui_lang', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('units')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organization_id', 'text', (c) =>
        c.notNull().references('organizations.id').onDelete('cascade'),
      )
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('units_org').on('units').column('organization_id').execute();

    await db.schema
      .createTable('memberships')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organization_id', 'text', (c) =>
        c.notNull().references('organizations.id').onDelete('cascade'),
      )
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('unit_id', 'text', (c) => c.references('units.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('memberships_org_user', ['organization_id', 'user_id'])
      .execute();
    await db.schema.createIndex('memberships_user').on('memberships').column('user_id').execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('organization_id', 'text', (c) =>
        c.notNull().references('organizations.id').onDelete('cascade'),
      )
      .addColumn('csrf_token', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

    await db.schema
      .createTable('charters')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organization_id', 'text', (c) =>
        c.notNull().references('organizations.id').onDelete('cascade'),
      )
      .addColumn('slug', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('langs', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('charters_org_slug', ['organization_id', 'slug'])
      .execute();

    await db.schema
      .createTable('charter_versions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organization_id', 'text', (c) =>
        c.notNull().references('organizations.id').onDelete('cascade'),
      )
      .addColumn('charter_id', 'text', (c) => c.notNull().references('charters.id').onDelete('cascade'))
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('submitted_at', 'text')
      .addColumn('approved_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('approved_at', 'text')
      .addColumn('approval_comment', 'text')
      .addColumn('published_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('published_at', 'text')
      .addColumn('archived_at', 'text')
      .addUniqueConstraint('charter_versions_number', ['charter_id', 'number'])
      .execute();
    // The workflow's invariants, held by the database even under concurrent requests: at most one
    // version being worked on and at most one published version per charter.
    await db.schema
      .createIndex('charter_versions_one_open')
      .on('charter_versions')
      .column('charter_id')
      .unique()
      .where(sql.ref('status'), 'in', ['draft', 'in_review'])
      .execute();
    await db.schema
      .createIndex('charter_versions_one_published')
      .on('charter_versions')
      .column('charter_id')
      .unique()
      .where(sql.ref('status'), '=', 'published')
      .execute();

    await db.schema
      .createTable('version_documents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organization_id', 'text', (c) =>
        c.notNull().references('organizations.id').onDelete('cascade'),
      )
      .addColumn('version_id', 'text', (c) =>
        c.notNull().references('charter_versions.id').onDelete('cascade'),
      )
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('report', 'text', (c) => c.notNull())
      .addColumn('score', 'integer', (c) => c.notNull())
      .addColumn('balance', 'integer')
      .addColumn('coverage_present', 'integer', (c) => c.notNull())
      .addColumn('behind', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addUniqueConstraint('version_documents_lang', ['version_id', 'lang'])
      .execute();

    await db.schema
      .createTable('review_comments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organization_id', 'text', (c) =>
        c.notNull().references('organizations.id').onDelete('cascade'),
      )
      .addColumn('version_id', 'text', (c) =>
        c.notNull().references('charter_versions.id').onDelete('cascade'),
      )
      .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('comment', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('review_comments_version')
      .on('review_comments')
      .column('version_id')
      .execute();

    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organization_id', 'text', (c) =>
        c.notNull().references('organizations.id').onDelete('cascade'),
      )
      .addColumn('actor_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('before', 'text')
      .addColumn('after', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('audit_log_org_at')
      .on('audit_log')
      .columns(['organization_id', 'at'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of [
      'audit_log',
      'review_comments',
      'version_documents',
      'charter_versions',
      'charters',
      'sessions',
      'memberships',
      'units',
      'users',
      'organizations',
      'settings',
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};

/** Valoriser: the organization's values, initiatives (review, thread, showcase), kudos, notifications, ideas. */
const valoriser: Migration = {
  async up(db: Kysely<unknown>) {
    // JSON array of strings; `values` alone is an SQL keyword.
    await db.schema
      .alterTable('organizations')
      .addColumn('values_json', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();

    const orgColumn = (table: string) =>
      db.schema
        .createTable(table)
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organization_id', 'text', (c) =>
          c.notNull().references('organizations.id').onDelete('cascade'),
        );

    await orgColumn('initiatives')
      .addColumn('proposer_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('platforms', 'text', (c) => c.notNull())
      .addColumn('account_url', 'text')
      .addColumn('unit_id', 'text', (c) => c.references('units.id').onDelete('set null'))
      .addColumn('audience', 'text', (c) => c.notNull())
      .addColumn('value_list', 'text', (c) => c.notNull())
      .addColumn('students_appear', 'integer', (c) => c.notNull())
      .addColumn('consent_obtained', 'integer')
      .addColumn('consent_note', 'text')
      .addColumn('public_ok', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('showcased', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('showcased_at', 'text')
      .addColumn('approved_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('initiatives_org_status')
      .on('initiatives')
      .columns(['organization_id', 'status'])
      .execute();

    await orgColumn('initiative_messages')
      .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
      .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('initiative_messages_initiative')
      .on('initiative_messages')
      .column('initiative_id')
      .execute();

    await orgColumn('kudos')
      .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('message', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('kudos_one_per_member', ['initiative_id', 'user_id'])
      .execute();

    await orgColumn('notifications')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('initiative_id', 'text', (c) => c.references('initiatives.id').onDelete('cascade'))
      .addColumn('idea_id', 'text')
      .addColumn('text', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('read_at', 'text')
      .execute();
    await db.schema
      .createIndex('notifications_user')
      .on('notifications')
      .columns(['organization_id', 'user_id', 'created_at'])
      .execute();

    await orgColumn('ideas')
      .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('answer', 'text')
      .addColumn('answered_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('answered_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('ideas_org').on('ideas').column('organization_id').execute();

    await orgColumn('idea_votes')
      .addColumn('idea_id', 'text', (c) => c.notNull().references('ideas.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('value', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('idea_votes_one_per_member', ['idea_id', 'user_id'])
      .execute();

    await orgColumn('idea_comments')
      .addColumn('idea_id', 'text', (c) => c.notNull().references('ideas.id').onDelete('cascade'))
      .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('idea_comments_idea').on('idea_comments').column('idea_id').execute();
  },

  async down(db: Kysely<unknown>) {
    for (const table of [
      'idea_comments',
      'idea_votes',
      'ideas',
      'notifications',
      'kudos',
      'initiative_messages',
      'initiatives',
    ]) {
      await db.schema.dropTable(table).execute();
    }
    await db.schema.alterTable('organizations').dropColumn('values_json').execute();
  },
};

/**
 * An image per initiative (Valoriser): the full picture and its thumbnail, both WebP, stored with the
 * row. The bytes are the one column type the two databases name differently (bytea, blob).
 */
const initiativeImages: Migration = {
  async up(db: Kysely<unknown>) {
    const binary = db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob';
    await db.schema
      .createTable('initiative_images')
      // One image per initiative: replacing it updates this row.
      .addColumn('initiative_id', 'text', (c) =>
        c.primaryKey().references('initiatives.id').onDelete('cascade'),
      )
      .addColumn('organization_id', 'text', (c) =>
        c.notNull().references('organizations.id').onDelete('cascade'),
      )
      .addColumn('alt', 'text', (c) => c.notNull())
      .addColumn('width', 'integer', (c) => c.notNull())
      .addColumn('height', 'integer', (c) => c.notNull())
      .addColumn('data', binary, (c) => c.notNull())
      .addColumn('thumb_width', 'integer', (c) => c.notNull())
      .addColumn('thumb_height', 'integer', (c) => c.notNull())
      .addColumn('thumb_data', binary, (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('initiative_images_org')
      .on('initiative_images')
      .column('organization_id')
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('initiative_images').execute();
  },
};

/**
 * Password changes: an administrator's reset asks the member to choose their own password at their
 * next sign-in (0/1, cleared by their own change).
 */
const passwordChange: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('users')
      .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('users').dropColumn('must_change_password').execute();
  },
};

/** Every migration, by name; names sort in the order they run. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_valoriser': valoriser,
  '0003_initiative_images': initiativeImages,
  '0004_password_change': passwordChange,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export function migrator(db: Kysely<unknown>): Migrator {
  return new Migrator({ db, provider });
}

/** Applies every pending migration; throws with the failing migration's error. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const { error, results } = await migrator(db).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`Migration ${failed ?? '(unknown)'} failed: ${String(error)}`, { cause: error });
  }
}

/** True when every known migration has been applied. */
export async function migrationsApplied(db: Kysely<unknown>): Promise<boolean> {
  const migrations = await migrator(db).getMigrations();
  return migrations.every((m) => m.executedAt !== undefined);
}
