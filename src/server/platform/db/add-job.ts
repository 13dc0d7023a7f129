// A background job queued in the caller's transaction (ADR 032): it exists only if the action
// that wants it commits, and a worker (platform/jobs) picks it up once committed.
import { sql } from 'drizzle-orm';
import type { Executor } from './database';

/**
 * `jobKey`: at most one waiting job with this key (graphile-worker replaces a waiting one); used by
 * jobs that are asked for again and again, such as a person's daily digest (ADR 039).
 */
export async function addJob(
  tx: Executor,
  task: string,
  payload: Record<string, unknown>,
  options: { jobKey?: string } = {},
): Promise<void> {
  await tx.execute(
    options.jobKey
      ? sql`select graphile_worker.add_job(${task}, ${JSON.stringify(payload)}::json, job_key => ${options.jobKey})`
      : sql`select graphile_worker.add_job(${task}, ${JSON.stringify(payload)}::json)`,
  );
}
