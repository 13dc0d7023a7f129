// A person's own notifications (issue 12 point 7): only ever their own, newest first, a page at a time.
import { NOTIFICATIONS_PAGE_SIZE, type NotificationListResponse } from '../../../contracts/notifications';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { notificationViewOf } from './notification-view';
import { countUnreadOf, listNotificationsOf } from './notifications.repository';

export async function listNotifications(
  db: Executor,
  actor: Actor,
  page: number,
): Promise<NotificationListResponse> {
  // One more than a page tells whether there is a next one.
  const rows = await listNotificationsOf(
    db,
    actor.userId,
    (page - 1) * NOTIFICATIONS_PAGE_SIZE,
    NOTIFICATIONS_PAGE_SIZE + 1,
  );
  return {
    items: rows.slice(0, NOTIFICATIONS_PAGE_SIZE).map(notificationViewOf),
    page,
    hasMore: rows.length > NOTIFICATIONS_PAGE_SIZE,
    unread: await countUnreadOf(db, actor.userId),
  };
}

/** The bell's number. */
export async function countUnreadNotifications(db: Executor, actor: Actor) {
  return { unread: await countUnreadOf(db, actor.userId) };
}
