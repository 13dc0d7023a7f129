// Before the app serves: the database server (embedded unless DATABASE_URL), migrations as the
// owner of the tables, and the role the application connects as (ADR 025).
import { randomBytes } from 'node:crypto';
import type { Config } from '../config';
import { type StartupProgress, silentProgress } from '../startup-progress';
import { startEmbeddedPostgres } from './embedded';
import { runMigrations } from './migrate';
import { ensureAppRole, grantAppRole, roleOf, withCredentials } from './roles';

export const EMBEDDED_APP_ROLE = 'eenplan_app';

export type PreparedDatabase = {
  /** What the application's pool connects with. */
  appUrl: string;
  kind: 'embedded' | 'external';
  stop: () => Promise<void>;
};

export async function prepareDatabase(
  config: Pick<Config, 'databaseUrl' | 'databaseOwnerUrl' | 'dataDir'>,
  warn: (message: string) => void = (message) => console.warn(`eenplan: ${message}`),
  progress: StartupProgress = silentProgress,
): Promise<PreparedDatabase> {
  if (!config.databaseUrl) return prepareEmbedded(config.dataDir, progress);

  const appUrl = config.databaseUrl;
  const ownerUrl = config.databaseOwnerUrl;
  if (!ownerUrl || roleOf(ownerUrl) === roleOf(appUrl)) {
    // Works as before, but the app could then alter its own tables and audit trail.
    warn(
      'the application connects as the owner of its tables (no separate DATABASE_OWNER_URL): it could alter its own audit trail. Give DATABASE_URL a role that owns nothing; see docs/decisions/025-database-roles.md',
    );
    await runMigrations(ownerUrl ?? appUrl, progress);
    return { appUrl, kind: 'external', stop: async () => {} };
  }
  await runMigrations(ownerUrl, progress);
  await progress.step('database roles', () => grantAppRole(ownerUrl, roleOf(appUrl)));
  return { appUrl, kind: 'external', stop: async () => {} };
}

async function prepareEmbedded(dataDir: string, progress: StartupProgress): Promise<PreparedDatabase> {
  const embedded = await startEmbeddedPostgres(dataDir, undefined, progress);
  try {
    await runMigrations(embedded.ownerUrl, progress);
    // A new password on every start, held in memory only: nothing to leak from the data folder.
    const password = randomBytes(24).toString('base64url');
    await progress.step('database roles', async () => {
      await ensureAppRole(embedded.ownerUrl, EMBEDDED_APP_ROLE, password);
      await grantAppRole(embedded.ownerUrl, EMBEDDED_APP_ROLE);
    });
    return {
      appUrl: withCredentials(embedded.ownerUrl, EMBEDDED_APP_ROLE, password),
      kind: 'embedded',
      stop: embedded.stop,
    };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
