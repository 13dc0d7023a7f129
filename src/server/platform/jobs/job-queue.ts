// The background worker: runs queued jobs with graphile-worker on eenplan's own PostgreSQL
// (ADR 032). A job is locked by one worker at a time, so several processes can run it; a task
// that throws is retried later with exponential backoff (e^attempt seconds, at most ~6 hours).
import { type JobHelpers, parseCrontab, type Runner, run } from 'graphile-worker';
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
  const startRunner = () =>
    run({
      pgPool: pool,
      taskList,
      concurrency,
      pollInterval: options.pollIntervalMs ?? 2_000,
      // Never a ./crontab file of the working directory: recurring jobs are declared in code.
      parsedCronItems: parseCrontab(options.crontab ?? ''),
      // main.ts owns SIGTERM: it stops the worker, then the HTTP server and the pool.
      noHandleSignals: true,
      logger: quietJobLogger,
      // Batched (0 ms: at once) rather than direct: graphile-worker 0.17 does not await a direct
      // completion, so one that fails on a lost connection was an unhandled rejection, which ends
      // the process. Batched, that failure stops the runner and the watch below starts it again.
      preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
    });
  // graphile-worker stops its whole runner when it cannot record a job's end (the database went
  // away while a job ran): the queue is then started again, with backoff, until the database is
  // back (ADR 043). The jobs it held are unlocked after their lock expires and run again (ADR 032).
  let runner = await startRunner();
  let stopping = false;
  let retry: NodeJS.Timeout | undefined;
  const restartAfter = (delayMs: number) => {
    retry = setTimeout(async () => {
      if (stopping) return;
      try {
        runner = await startRunner();
        console.warn('eenplan jobs: the job queue runs again');
        watch(runner);
      } catch (error) {
        const next = Math.min(delayMs * 2, MAX_RESTART_DELAY_MS);
        console.warn(
          `eenplan jobs: the job queue could not start (${reasonOf(error)}); next try in ${next} ms`,
        );
        restartAfter(next);
      }
    }, delayMs);
  };
  const watch = (current: Runner) => {
    const ended = (error?: unknown) => {
      if (stopping || current !== runner) return;
      console.warn(
        `eenplan jobs: the job queue stopped (${reasonOf(error)}); starting it again in ${FIRST_RESTART_DELAY_MS} ms`,
      );
      restartAfter(FIRST_RESTART_DELAY_MS);
    };
    current.promise.then(() => ended(), ended);
  };
  watch(runner);
  return {
    stop: async () => {
      stopping = true;
      clearTimeout(retry);
      await runner.stop().catch(() => {}); // already stopped by itself: nothing left to stop
      await pool.end();
    },
  };
}

const FIRST_RESTART_DELAY_MS = 1_000;
const MAX_RESTART_DELAY_MS = 30_000;

/** A code (ECONNREFUSED, 57P01), never a message: those may quote a job's payload. */
function reasonOf(error: unknown): string {
  if (error === undefined) return 'without an error';
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : 'an error';
}
