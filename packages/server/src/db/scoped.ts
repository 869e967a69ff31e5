/**
 * The only way to reach rows that belong to an organization. A `Scoped` is made per request from the
 * session's organization id; every query it builds already carries `organization_id = <that id>` and
 * every insert sets it, so a route cannot forget the tenant: a foreign id simply finds nothing (404).
 */
import { randomUUID } from 'node:crypto';
import {
  type DeleteQueryBuilder,
  type DeleteResult,
  type Insertable,
  type Kysely,
  type SelectQueryBuilder,
  sql,
  type Transaction,
  type UpdateQueryBuilder,
  type UpdateResult,
} from 'kysely';
import type { AuditEntity, Database, Lang, OrgTable } from './schema.js';

export interface AuditInput {
  actorId: string | null;
  action: string;
  entity: AuditEntity;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

// biome-ignore lint/complexity/noBannedTypes: Kysely's own type for "nothing selected yet".
type NoSelection = {};

/** Values of an org-owned row, without the organization (Scoped sets it). */
export type OwnedInsert<T extends OrgTable> = Omit<Insertable<Database[T]>, 'organization_id'>;

let lastAuditMs = 0;

/**
 * Audit times strictly increase within a process (a millisecond apart at least), so the log reads in
 * the order things happened and pages cleanly by time, even for rows written in the same millisecond.
 */
function auditTime(now: Date): string {
  lastAuditMs = Math.max(now.getTime(), lastAuditMs + 1);
  return new Date(lastAuditMs).toISOString();
}

export class Scoped {
  readonly #db: Kysely<Database>;

  constructor(
    db: Kysely<Database>,
    readonly organizationId: string,
    /** The clock of the request, so that every row a request writes carries one time. */
    readonly now: () => Date = () => new Date(),
  ) {
    this.#db = db;
  }

  #owned(table: OrgTable) {
    return sql<boolean>`${sql.ref(`${table}.organization_id`)} = ${this.organizationId}`;
  }

  /** SELECT … FROM table WHERE table.organization_id = <org>. Joined tables must hang off this one. */
  selectFrom<T extends OrgTable>(table: T): SelectQueryBuilder<Database, T, NoSelection> {
    const query = this.#db.selectFrom(table as OrgTable) as SelectQueryBuilder<
      Database,
      OrgTable,
      NoSelection
    >;
    return query.where(this.#owned(table)) as unknown as SelectQueryBuilder<Database, T, NoSelection>;
  }

  /** UPDATE table … WHERE table.organization_id = <org>. */
  updateTable<T extends OrgTable>(table: T): UpdateQueryBuilder<Database, T, T, UpdateResult> {
    const query = this.#db.updateTable(table as OrgTable) as UpdateQueryBuilder<
      Database,
      OrgTable,
      OrgTable,
      UpdateResult
    >;
    return query.where(this.#owned(table)) as unknown as UpdateQueryBuilder<Database, T, T, UpdateResult>;
  }

  /** DELETE FROM table WHERE table.organization_id = <org>. */
  deleteFrom<T extends OrgTable>(table: T): DeleteQueryBuilder<Database, T, DeleteResult> {
    const query = this.#db.deleteFrom(table as OrgTable) as DeleteQueryBuilder<
      Database,
      OrgTable,
      DeleteResult
    >;
    return query.where(this.#owned(table)) as unknown as DeleteQueryBuilder<Database, T, DeleteResult>;
  }

  async insert<T extends OrgTable>(table: T, values: OwnedInsert<T> | OwnedInsert<T>[]): Promise<void> {
    const rows = (Array.isArray(values) ? values : [values]).map((v) => ({
      ...v,
      organization_id: this.organizationId,
    }));
    if (rows.length === 0) return;
    await this.#db
      .insertInto(table as OrgTable)
      .values(rows as never)
      .execute();
  }

  /** One audit row, in whatever transaction this Scoped runs in. */
  async audit(entry: AuditInput): Promise<void> {
    await this.insert('audit_log', {
      id: randomUUID(),
      actor_id: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      before: entry.before === undefined || entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === undefined || entry.after === null ? null : JSON.stringify(entry.after),
      at: auditTime(this.now()),
    });
  }

  /** Runs `work` in a transaction, with a Scoped bound to it and to the same organization. */
  transaction<R>(work: (tx: Scoped) => Promise<R>): Promise<R> {
    if (this.#db.isTransaction) return work(this);
    return this.#db
      .transaction()
      .execute((trx: Transaction<Database>) => work(new Scoped(trx, this.organizationId, this.now)));
  }

  /** How many organizations a user belongs to (an account is reused only when it belongs to none). */
  async countMembershipsOfUser(userId: string): Promise<number> {
    const rows = await this.#db
      .selectFrom('memberships')
      .select('id')
      .where('user_id', '=', userId)
      .execute();
    return rows.length;
  }

  async insertUser(values: Insertable<Database['users']>): Promise<void> {
    await this.#db.insertInto('users').values(values).execute();
  }

  /** Signs a user out of this organization (their sessions elsewhere are not this one's business). */
  async deleteSessionsOfUser(userId: string): Promise<void> {
    await this.#db
      .deleteFrom('sessions')
      .where('user_id', '=', userId)
      .where('organization_id', '=', this.organizationId)
      .execute();
  }

  /** The organization's own row. */
  organization() {
    return this.#db
      .selectFrom('organizations')
      .selectAll()
      .where('id', '=', this.organizationId)
      .executeTakeFirst();
  }

  async updateOrganization(values: { name: string; lang: Lang; values_json?: string }): Promise<void> {
    await this.#db.updateTable('organizations').set(values).where('id', '=', this.organizationId).execute();
  }

  async deleteSession(sessionId: string): Promise<void> {
    await this.#db
      .deleteFrom('sessions')
      .where('id', '=', sessionId)
      .where('organization_id', '=', this.organizationId)
      .execute();
  }

  /** Users are shared between organizations: reading them by id is tenant-neutral (no org data). */
  users() {
    return this.#db.selectFrom('users');
  }

  /** Updates the global users table (name, language, password): reached only for members of this org. */
  updateUsers() {
    return this.#db.updateTable('users');
  }
}
