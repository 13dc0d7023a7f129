// The reminder jobs (ADR 039), started with the server (main.ts) beside the mail worker: the scan
// every hour, the daily digests at 06:00 UTC (7:00 or 8:00 in Brussels), each a graphile-worker cron
// item, and one scan right at the start so a restart does not wait for the hour.
import { z } from 'zod';
import { addJob } from '../../platform/db/add-job';
import type { Db } from '../../platform/db/database';
import { type JobQueue, startJobQueue } from '../../platform/jobs/job-queue';
import { type ReminderContext, SCAN_REMINDERS_TASK, scanReminders } from './scan-reminders';
import { QUEUE_DIGESTS_TASK, queueDigests, SEND_DIGEST_TASK, sendDigest } from './send-digest';

const digestPayload = z.object({ collaborationId: z.uuid(), userId: z.uuid() });

/**
 * graphile-worker's crontab (UTC): it records each item's last run in its own table, so that with
 * several processes each hour's scan is queued once, and a missed run (the server was down) is
 * made up at the start (`fill`).
 */
export const REMINDER_CRONTAB = [
  `0 * * * * ${SCAN_REMINDERS_TASK} ?fill=2h`,
  `0 6 * * * ${QUEUE_DIGESTS_TASK} ?fill=20h`,
].join('\n');

export async function startNotificationJobs(
  options: ReminderContext & { db: Db; connectionString: string; pollIntervalMs?: number },
): Promise<JobQueue> {
  const { db } = options;
  const context: ReminderContext = { clock: options.clock, publicUrl: options.publicUrl };
  await addJob(db, SCAN_REMINDERS_TASK, {}, { jobKey: SCAN_REMINDERS_TASK });
  return startJobQueue({
    connectionString: options.connectionString,
    pollIntervalMs: options.pollIntervalMs,
    crontab: REMINDER_CRONTAB,
    tasks: {
      [SCAN_REMINDERS_TASK]: async () => {
        await scanReminders(db, context);
      },
      [QUEUE_DIGESTS_TASK]: async () => {
        await queueDigests(db, context);
      },
      [SEND_DIGEST_TASK]: async (payload) => {
        await sendDigest(db, context, digestPayload.parse(payload));
      },
    },
  });
}
