import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { fromAppRoot } from '../app-root';
import { migrateJobQueue } from '../jobs/job-queue-schema';
import { type StartupProgress, silentProgress } from '../startup-progress';

export const MIGRATIONS_DIR = fromAppRoot('migrations');
const MIGRATION_LOCK = 7_166_001; // any constant; the same for every eenplan process

/**
 * Runs the committed SQL migrations. An advisory lock on one connection keeps several app
 * processes starting at once (past one machine) from migrating the same database twice.
 * graphile-worker's schema is installed here too, by the same owner (ADR 032).
 */
export async function runMigrations(url: string, progress: StartupProgress = silentProgress): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const { pending, total } = await pendingMigrations(client);
    if (pending === 0) progress.note(`migrations: all ${total} applied`);
    else
      await progress.step(`migrations: applying ${pending} of ${total}`, () =>
        migrate(drizzle(client), { migrationsFolder: MIGRATIONS_DIR }),
      );
    await progress.step('job queue schema', () => migrateJobQueue(url));
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    await client.end();
  }
}

/**
 * How many of the committed migrations this database has yet to run, the way drizzle decides it:
 * those created after the last one applied. Only for the progress line; drizzle still decides.
 */
async function pendingMigrations(client: pg.Client): Promise<{ pending: number; total: number }> {
  const journal = JSON.parse(await readFile(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  // A new database has no table yet (a query naming it would fail even in an unused branch).
  const { rows: table } = await client.query(`select to_regclass('drizzle.__drizzle_migrations') as name`);
  const { rows } = table[0]?.name
    ? await client.query<{ last: string | null }>(
        'select max(created_at)::text as last from drizzle.__drizzle_migrations',
      )
    : { rows: [] };
  const last = Number(rows[0]?.last ?? 0);
  return {
    pending: journal.entries.filter((entry) => entry.when > last).length,
    total: journal.entries.length,
  };
}
