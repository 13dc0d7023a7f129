// R30: the daily destruction run, on the job queue like the mail worker (ADR 032, 047). Started
// with the server (main.ts) and stopped before its pool closes. graphile-worker's cron queues the
// run once a day across every process (its known_crontabs), and a run missed while eenplan was
// down is caught up at the next start (backfill of a day); the run itself is idempotent.
import type { Clock } from '../../../domain/clock';
import type { Db } from '../../platform/db/database';
import { type JobQueue, startJobQueue } from '../../platform/jobs/job-queue';
import { DESTROY_DUE_FILES_TASK, destroyDueFiles, type FileDataDeleter } from './destroy-due-files';

/** Every night at 02:30 UTC, with a day of backfill (a night missed while stopped is run at the start). */
export const RETENTION_CRONTAB = `30 2 * * * ${DESTROY_DUE_FILES_TASK} ?fill=1d&max=1`;

export async function startRetentionJob(options: {
  db: Db;
  connectionString: string;
  clock: Clock;
  /** The rows of modules retention cannot import (see FileDataDeleter). */
  deleters: readonly FileDataDeleter[];
  pollIntervalMs?: number;
}): Promise<JobQueue> {
  return startJobQueue({
    connectionString: options.connectionString,
    pollIntervalMs: options.pollIntervalMs,
    concurrency: 1,
    crontab: RETENTION_CRONTAB,
    tasks: {
      [DESTROY_DUE_FILES_TASK]: async () => {
        await destroyDueFiles(options.db, options.clock, options.deleters);
      },
    },
  });
}
