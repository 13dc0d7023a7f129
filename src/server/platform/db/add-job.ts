// A background job queued in the caller's transaction (ADR 032): it exists only if the action
// that wants it commits, and a worker (platform/jobs) picks it up once committed.
import { sql } from 'drizzle-orm';
import type { Executor } from './database';
import { currentCollaboration } from './tenant-context';

/**
 * The payload field that carries the collaboration a job was queued in (ADR 053): the worker runs
 * the job in it, so that the job's statements pass the same row-level security as the request that
 * queued it. A job queued outside every collaboration (a platform mail) runs outside.
 */
export const JOB_COLLABORATION = 'inCollaboration';

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
  const queued = JSON.stringify({ ...payload, [JOB_COLLABORATION]: currentCollaboration() });
  await tx.execute(
    options.jobKey
      ? sql`select graphile_worker.add_job(${task}, ${queued}::json, job_key => ${options.jobKey})`
      : sql`select graphile_worker.add_job(${task}, ${queued}::json)`,
  );
}
