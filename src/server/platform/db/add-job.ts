// A background job queued in the caller's transaction (ADR 032): it exists only if the action
// that wants it commits, and a worker (platform/jobs) picks it up once committed.
import { sql } from 'drizzle-orm';
import type { Executor } from './database';

export async function addJob(tx: Executor, task: string, payload: Record<string, unknown>): Promise<void> {
  await tx.execute(sql`select graphile_worker.add_job(${task}, ${JSON.stringify(payload)}::json)`);
}
