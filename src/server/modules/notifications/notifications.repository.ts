import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ReminderKind } from '../../../domain/reminders';
import type { Executor } from '../../platform/db/database';
import { notificationPreferences, notifications } from './notifications.schema';

export type NotificationRow = typeof notifications.$inferSelect;
export type NotificationInsert = typeof notifications.$inferInsert;
export type PreferenceRow = typeof notificationPreferences.$inferSelect;

/**
 * Inserts a reminder unless it exists (the unique key per recipient, kind, item and due day).
 * Returns the row only when this call created it: a second scan, even a concurrent one (it waits
 * for the first's commit), gets null and sends nothing.
 */
export async function insertNotificationOnce(tx: Executor, values: NotificationInsert) {
  const [row] = await tx.insert(notifications).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

/** A person's in-app notifications, newest first. */
export async function listNotificationsOf(db: Executor, userId: string, offset: number, limit: number) {
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.recipientUserId, userId), eq(notifications.inApp, true)))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .offset(offset)
    .limit(limit);
}

export async function countUnreadOf(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(
      and(
        eq(notifications.recipientUserId, userId),
        eq(notifications.inApp, true),
        isNull(notifications.readAt),
      ),
    );
  return row?.n ?? 0;
}

/** Marks one of the person's own notifications read; null when it is not theirs (or not there). */
export async function markNotificationRead(db: Executor, userId: string, id: string, at: Date) {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
    .where(
      and(eq(notifications.id, id), eq(notifications.recipientUserId, userId), eq(notifications.inApp, true)),
    )
    .returning();
  return row ?? null;
}

export async function markAllNotificationsRead(db: Executor, userId: string, at: Date): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.recipientUserId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

/** Who has reminders waiting for a digest (in a collaboration). */
export async function listDigestRecipients(db: Executor, collaborationId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ userId: notifications.recipientUserId })
    .from(notifications)
    .where(
      and(
        eq(notifications.collaborationId, collaborationId),
        eq(notifications.email, 'digest'),
        isNull(notifications.digestedAt),
      ),
    );
  return rows.map((r) => r.userId);
}

/** A person's reminders waiting for their digest, locked: a digest job run twice sends them once. */
export async function lockUndigestedOf(tx: Executor, userId: string) {
  return tx
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.recipientUserId, userId),
        eq(notifications.email, 'digest'),
        isNull(notifications.digestedAt),
      ),
    )
    .orderBy(notifications.dueOn, notifications.createdAt)
    .for('update');
}

export async function markDigested(tx: Executor, ids: string[], at: Date) {
  if (ids.length === 0) return;
  await tx.update(notifications).set({ digestedAt: at }).where(inArray(notifications.id, ids));
}

export async function listPreferencesOf(db: Executor, userIds: string[]): Promise<PreferenceRow[]> {
  if (userIds.length === 0) return [];
  return db.select().from(notificationPreferences).where(inArray(notificationPreferences.userId, userIds));
}

export async function upsertPreference(
  tx: Executor,
  values: {
    collaborationId: string;
    userId: string;
    kind: ReminderKind;
    inApp: boolean;
    email: PreferenceRow['email'];
    updatedAt: Date;
  },
) {
  await tx
    .insert(notificationPreferences)
    .values(values)
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.kind],
      set: { inApp: values.inApp, email: values.email, updatedAt: values.updatedAt },
    });
}
