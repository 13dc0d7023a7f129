// graphile-worker keeps its jobs in its own schema (graphile_worker). It is installed and
// upgraded by the owner at migration time, like eenplan's own tables, so that the application's
// role only uses it and never needs CREATE (ADR 025, ADR 032).
import { runMigrations } from 'graphile-worker';
import { quietJobLogger } from './job-logger';

export const JOB_QUEUE_SCHEMA = 'graphile_worker';

export async function migrateJobQueue(ownerUrl: string): Promise<void> {
  await runMigrations({ connectionString: ownerUrl, logger: quietJobLogger });
}
