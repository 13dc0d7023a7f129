// The daily digest (issue 12 point 6, ADR 039): once a day every person who chose it gets one mail
// with the reminders gathered since their last digest; nobody gets an empty one. The cron task
// queues one job per person and day (job key), and each job marks what it mailed in the same
// transaction as the mail, so a job that runs twice sends once.

import { addJob } from '../../platform/db/add-job';
import type { Db, Executor } from '../../platform/db/database';
import { inCollaboration } from '../../platform/db/tenant-context';
import { findMailRecipients } from '../identity';
import { formatMailDate, queueMail } from '../messages';
import { listCollaborationIds } from '../network';
import { listDigestRecipients, lockUndigestedOf, markDigested } from './notifications.repository';
import { reminderText } from './reminder-text';
import type { ReminderContext } from './scan-reminders';

export const QUEUE_DIGESTS_TASK = 'queue-reminder-digests';
export const SEND_DIGEST_TASK = 'send-reminder-digest';

/** One digest job per person with reminders waiting; a second run of the same day adds none. */
export async function queueDigests(db: Executor, context: ReminderContext): Promise<number> {
  const today = context.clock.today();
  let queued = 0;
  // Each collaboration inside its own (ADR 053): its digest jobs then run in it too.
  for (const collaborationId of await listCollaborationIds(db))
    queued += await inCollaboration(collaborationId, async () => {
      const people = await listDigestRecipients(db, collaborationId);
      for (const userId of people)
        await addJob(
          db,
          SEND_DIGEST_TASK,
          { collaborationId, userId },
          { jobKey: `digest:${userId}:${today}` },
        );
      return people.length;
    });
  return queued;
}

/** Mails one person their digest; returns how many reminders it carried (0: nothing sent). */
export async function sendDigest(
  db: Db,
  context: ReminderContext,
  person: { collaborationId: string; userId: string },
): Promise<number> {
  return db.transaction(async (tx) => {
    const waiting = await lockUndigestedOf(tx, person.userId);
    if (waiting.length === 0) return 0;
    const now = context.clock.now();
    const [recipient] = await findMailRecipients(tx, person.collaborationId, [person.userId]);
    // A deactivated account's reminders are closed without a mail.
    if (recipient) {
      const lines = waiting.map(
        (n) => `- ${reminderText(recipient.locale, n)}\n  ${context.publicUrl}${n.link}`,
      );
      await queueMail(tx, {
        collaborationId: person.collaborationId,
        to: recipient.email,
        locale: recipient.locale,
        template: 'reminder-digest',
        params: {
          day: formatMailDate(recipient.locale, context.clock.today()),
          lines: lines.join('\n'),
          settingsLink: `${context.publicUrl}/security`,
        },
      });
    }
    await markDigested(
      tx,
      waiting.map((n) => n.id),
      now,
    );
    return recipient ? waiting.length : 0;
  });
}
