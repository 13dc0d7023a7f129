import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { migrateJobQueue } from '../jobs/job-queue-schema';

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../../../migrations');
const MIGRATION_LOCK = 7_166_001; // any constant; the same for every eenplan process

/**
 * Runs the committed SQL migrations. An advisory lock on one connection keeps several app
 * processes starting at once (past one machine) from migrating the same database twice.
 * graphile-worker's schema is installed here too, by the same owner (ADR 032).
 */
export async function runMigrations(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_DIR });
    await migrateJobQueue(url);
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    await client.end();
  }
}
