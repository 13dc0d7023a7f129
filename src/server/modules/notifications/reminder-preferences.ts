// Each person's choice per kind of reminder (issue 12 point 6): in the app, a mail each, a daily
// digest, or nothing by mail. Their own account's setting: saving it is an audited account change.
import type { ReminderPreferences } from '../../../contracts/notifications';
import { REMINDER_KINDS, reminderChoiceOf } from '../../../domain/reminders';
import type { Actor } from '../../platform/auth/actor';
import type { Db, Executor } from '../../platform/db/database';
import { recordAccountEvent } from '../audit';
import { listPreferencesOf, upsertPreference } from './notifications.repository';

export async function getReminderPreferences(db: Executor, actor: Actor): Promise<ReminderPreferences> {
  const saved = await listPreferencesOf(db, [actor.userId]);
  return { choices: REMINDER_KINDS.map((kind) => ({ kind, ...reminderChoiceOf(saved, kind) })) };
}

export async function saveReminderPreferences(
  db: Db,
  actor: Actor,
  input: ReminderPreferences,
): Promise<ReminderPreferences> {
  return db.transaction(async (tx) => {
    const updatedAt = actor.clock.now();
    for (const choice of input.choices)
      await upsertPreference(tx, {
        collaborationId: actor.collaborationId,
        userId: actor.userId,
        kind: choice.kind,
        inApp: choice.inApp,
        email: choice.email,
        updatedAt,
      });
    await recordAccountEvent(tx, {
      action: 'reminder-preferences',
      collaborationId: actor.collaborationId,
      entityType: 'account',
      entityId: actor.userId,
      details: { choices: input.choices },
    });
    return getReminderPreferences(tx, actor);
  });
}
