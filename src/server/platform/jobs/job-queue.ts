// The background worker: runs queued jobs with graphile-worker on eenplan's own PostgreSQL
// (ADR 032). A job is locked by one worker at a time, so several processes can run it; a task
// that throws is retried later with exponential backoff (e^attempt seconds, at most ~6 hours).
import { type JobHelpers, parseCrontab, run } from 'graphile-worker';
import pg from 'pg';
import { JOB_COLLABORATION } from '../db/add-job';
import { inCollaboration, outsideCollaborations } from '../db/tenant-context';
import { quietJobLogger } from './job-logger';

/** What a task learns of its job: its payload and how many times it has been tried, this one included. */
export type JobHandler = (payload: unknown, job: { attempts: number }) => Promise<void>;

export type JobQueue = { stop: () => Promise<void> };

export async function startJobQueue(options: {
  connectionString: string;
  tasks: Record<string, JobHandler>;
  concurrency?: number;
  /** How often to look for jobs that became due (a retry); new jobs are announced by NOTIFY. */
  pollIntervalMs?: number;
  /** Recurring jobs in graphile-worker's crontab format (UTC), e.g. the reminder scan (ADR 039). */
  crontab?: string;
}): Promise<JobQueue> {
  const taskList = Object.fromEntries(
    Object.entries(options.tasks).map(([name, handler]) => [
      name,
      (payload: unknown, helpers: JobHelpers) => {
        const run = () => handler(payload, { attempts: helpers.job.attempts });
        // In the collaboration the job was queued in (add-job.ts); a recurring job (cron) runs
        // outside every one and enters each collaboration itself (ADR 053).
        const collaborationId = (payload as Record<string, unknown> | null)?.[JOB_COLLABORATION];
        return typeof collaborationId === 'string'
          ? inCollaboration(collaborationId, run)
          : outsideCollaborations(run);
      },
    ]),
  );
  const concurrency = options.concurrency ?? 2;
  // Our own pool, ended (and awaited) by stop(): graphile-worker ends a pool it made without
  // waiting and drops its error handler first, so PostgreSQL stopping right after (the embedded
  // server on SIGTERM) would crash the process with an unhandled 'error' of an idle connection.
  const pool = new pg.Pool({ connectionString: options.connectionString, max: concurrency + 2 });
  const closed = (error: Error) => console.warn(`eenplan jobs: database connection closed: ${error.message}`);
  pool.on('error', closed);
  pool.on('connect', (client) => client.on('error', closed));
  const runner = await run({
    pgPool: pool,
    taskList,
    concurrency,
    pollInterval: options.pollIntervalMs ?? 2_000,
    // Never a ./crontab file of the working directory: recurring jobs are declared in code.
    parsedCronItems: parseCrontab(options.crontab ?? ''),
    // main.ts owns SIGTERM: it stops the worker, then the HTTP server and the pool.
    noHandleSignals: true,
    logger: quietJobLogger,
  });
  return {
    stop: async () => {
      await runner.stop();
      await pool.end();
    },
  };
}
