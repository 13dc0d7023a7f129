import { sql } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema';
import { TenantPool } from './tenant-pool';

export type Schema = typeof schema;
export type Db = NodePgDatabase<Schema>;
/** A transaction handle; use cases take one so that their writes and audit rows commit together. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** What a use case reads and writes through: the database or a transaction in it. */
export type Executor = Db | Tx;

// DATE columns stay 'YYYY-MM-DD' strings: a date of birth is a calendar day, not an instant.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export type Database = { db: Db; pool: pg.Pool; close: () => Promise<void> };

export function connectDatabase(url: string, options: { max?: number } = {}): Database {
  // Every statement carries the collaboration the code works in: the second wall (ADR 053).
  const pool = new TenantPool({ connectionString: url, max: options.max ?? 10 });
  // An idle connection that the server closes (restart, shutdown) emits 'error'; unhandled, it
  // would crash the process. The pool replaces the connection on the next query.
  pool.on('error', (error) => console.warn(`eenplan: database connection closed: ${error.message}`));
  const db = drizzle(pool, { schema, casing: 'snake_case' });
  return { db, pool, close: () => pool.end() };
}

/** Throws when the database does not answer (the health check). */
export async function pingDatabase(db: Executor) {
  await db.execute(sql`select 1`);
}

/**
 * The moment drizzle recorded for the newest migration applied (its journal's `when`), 0 when none:
 * readiness compares it with the newest this version ships (ADR 043).
 */
export async function newestAppliedMigration(db: Executor): Promise<number> {
  const result = await db.execute<{ latest: string | null }>(
    sql`select max(created_at)::text as latest from drizzle.__drizzle_migrations`,
  );
  return Number(result.rows[0]?.latest ?? 0);
}
