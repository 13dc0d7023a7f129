// The reminder scan (issue 12 point 6, ADR 039): a recurring job looks, per collaboration, at what
// has become due and gives each person one notification per due item — in the app, and by mail
// when they chose a mail per reminder (the daily digest gathers the others, send-digest.ts).
import type { Clock } from '../../../domain/clock';
import { type ReminderChoice, reminderChoiceOf } from '../../../domain/reminders';
import type { Db } from '../../platform/db/database';
import { inCollaboration } from '../../platform/db/tenant-context';
import { findMailRecipients } from '../identity';
import { queueMail } from '../messages';
import { listCollaborationIds } from '../network';
import { listDueReminders } from './due-reminders';
import { insertNotificationOnce, listPreferencesOf } from './notifications.repository';
import { reminderText } from './reminder-text';

export const SCAN_REMINDERS_TASK = 'scan-reminders';

export type ReminderContext = {
  clock: Clock;
  /** EENPLAN_PUBLIC_URL: links in mails start with it. */
  publicUrl: string;
};

/** Scans every collaboration, each inside its own (ADR 053); returns how many notifications it created. */
export async function scanReminders(db: Db, context: ReminderContext): Promise<number> {
  let created = 0;
  for (const collaborationId of await listCollaborationIds(db))
    created += await inCollaboration(collaborationId, () => scanCollaboration(db, context, collaborationId));
  return created;
}

export async function scanCollaboration(db: Db, context: ReminderContext, collaborationId: string) {
  const today = context.clock.today();
  const now = context.clock.now();
  return db.transaction(async (tx) => {
    const due = await listDueReminders(tx, collaborationId, today);
    const people = [...new Set(due.flatMap((r) => r.recipientIds))];
    // Active accounts of this collaboration only: a deactivated worker is reminded of nothing.
    const recipients = new Map(
      (await findMailRecipients(tx, collaborationId, people)).map((r) => [r.userId, r]),
    );
    const saved = await listPreferencesOf(tx, [...recipients.keys()]);
    let created = 0;
    for (const reminder of due)
      for (const userId of reminder.recipientIds) {
        const recipient = recipients.get(userId);
        if (!recipient) continue;
        const choice: ReminderChoice = reminderChoiceOf(
          saved.filter((p) => p.userId === userId),
          reminder.kind,
        );
        // The unique key decides: a second scan (concurrent or retried) creates and mails nothing.
        const row = await insertNotificationOnce(tx, {
          collaborationId,
          recipientUserId: userId,
          kind: reminder.kind,
          itemType: reminder.itemType,
          itemId: reminder.itemId,
          dueOn: reminder.dueOn,
          link: reminder.link,
          params: reminder.params,
          inApp: choice.inApp,
          email: choice.email,
          createdAt: now,
        });
        if (!row) continue;
        created += 1;
        if (choice.email === 'each')
          await queueMail(tx, {
            collaborationId,
            to: recipient.email,
            locale: recipient.locale,
            template: 'reminder',
            params: {
              summary: reminderText(recipient.locale, row),
              link: `${context.publicUrl}${row.link}`,
              settingsLink: `${context.publicUrl}/security`,
            },
          });
      }
    return created;
  });
}
