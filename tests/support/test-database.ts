import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { connectDatabase, type Database } from '../../src/server/platform/db/database';
import { withCredentials } from '../../src/server/platform/db/roles';
import { withDatabase } from './postgres-server';

/**
 * A fresh database for one test file, cloned from the migrated template. `db` connects as the
 * application's role, like the app in production, under row-level security (ADR 053); `ownerUrl`
 * and `owner` are the owner, for what only maintenance may do — and for a test's own arranging and
 * inspecting across collaborations, as a maintainer with psql would.
 */
export async function createTestDatabase(): Promise<
  Database & { url: string; ownerUrl: string; owner: Database; drop: () => Promise<void> }
> {
  const adminUrl = inject('adminUrl');
  const name = `${inject('databasePrefix')}${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}" template "${inject('templateDatabase')}"`);
  await admin.end();
  const ownerUrl = withDatabase(adminUrl, name);
  const url = withCredentials(ownerUrl, inject('appRole'), inject('appPassword'));
  const database = connectDatabase(url, { max: 5 });
  const owner = connectDatabase(ownerUrl, { max: 2 });
  return {
    ...database,
    url,
    ownerUrl,
    owner,
    drop: async () => {
      await database.close();
      await owner.close();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}
