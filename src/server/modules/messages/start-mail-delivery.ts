// The mail delivery worker, started with the server (main.ts) and stopped before its pool closes.
import { z } from 'zod';
import type { Clock } from '../../../domain/clock';
import type { Db } from '../../platform/db/database';
import { type JobQueue, startJobQueue } from '../../platform/jobs/job-queue';
import { createSmtpTransport, type SmtpConfig } from '../../platform/mail/smtp-transport';
import { DELIVER_MAIL_TASK, deliverMail } from './deliver-mail';
import { releaseHeldMails } from './release-held-mails';

const deliverMailPayload = z.object({ outboxId: z.uuid() });

export async function startMailDelivery(options: {
  db: Db;
  /** The application's role: it uses the job schema the owner installed at migration time. */
  connectionString: string;
  smtp: SmtpConfig | null;
  maxAttempts: number;
  clock: Clock;
  pollIntervalMs?: number;
}): Promise<JobQueue> {
  const transport = options.smtp ? createSmtpTransport(options.smtp) : null;
  // Mails held while no SMTP was configured go out now (ADR 040), each by its own new job.
  if (transport) await releaseHeldMails(options.db, options.clock);
  const delivery = { transport, maxAttempts: options.maxAttempts, clock: options.clock };
  const queue = await startJobQueue({
    connectionString: options.connectionString,
    pollIntervalMs: options.pollIntervalMs,
    tasks: {
      [DELIVER_MAIL_TASK]: (payload) =>
        deliverMail(options.db, delivery, deliverMailPayload.parse(payload).outboxId),
    },
  });
  return {
    stop: async () => {
      await queue.stop();
      transport?.close();
    },
  };
}
