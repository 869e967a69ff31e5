/**
 * Opens the database: PostgreSQL when a postgres:// URL is given, else a SQLite file (WAL mode).
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Closes every connection; safe to call twice. */
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'sqlite'; path: string };

/** better-sqlite3's constructor, as much of it as we use (its type package is not installed). */
interface BetterSqlite3 extends SqliteDatabase {
  pragma(source: string, options?: { simple?: boolean }): unknown;
}
type BetterSqlite3Constructor = new (path: string, options?: { timeout?: number }) => BetterSqlite3;

const require = createRequire(import.meta.url);

export function isPostgresUrl(url: string | undefined): url is string {
  return typeof url === 'string' && /^postgres(ql)?:\/\//i.test(url);
}

export function openDatabase(target: DatabaseTarget): DatabaseHandle {
  let closed: Promise<void> | null = null;
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    // An idle client losing its connection (server restart) must not crash the process.
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => (closed ??= db.destroy()) };
  }
  if (target.path !== ':memory:') mkdirSync(dirname(target.path), { recursive: true });
  const Sqlite = require('better-sqlite3') as BetterSqlite3Constructor;
  const database = new Sqlite(target.path, { timeout: 5000 });
  database.pragma('journal_mode = WAL');
  // NORMAL is durable across application crashes in WAL mode and much faster than FULL.
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return {
    db,
    kind: 'sqlite',
    close: () =>
      (closed ??= db.destroy().then(() => {
        // destroy() closes the file only once Kysely has used it.
        try {
          database.close();
        } catch {
          // already closed
        }
      })),
  };
}

/** Whether an error is a unique-constraint violation, on either database. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
