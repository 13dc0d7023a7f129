import type { NotificationDto } from '../../../contracts/notifications';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { notificationViewOf } from './notification-view';
import { markAllNotificationsRead, markNotificationRead } from './notifications.repository';

/** Someone else's notification does not exist for this person (404), like any record out of scope. */
export async function markNotificationReadFor(
  db: Executor,
  actor: Actor,
  id: string,
): Promise<NotificationDto> {
  const row = await markNotificationRead(db, actor.userId, id, actor.clock.now());
  if (!row) throw new AppError(404, 'NOTIFICATION_NOT_FOUND');
  return notificationViewOf(row);
}

export async function markAllNotificationsReadFor(db: Executor, actor: Actor) {
  return { marked: await markAllNotificationsRead(db, actor.userId, actor.clock.now()) };
}
