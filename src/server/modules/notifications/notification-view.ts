import type { NotificationDto } from '../../../contracts/notifications';
import type { NotificationRow } from './notifications.repository';

export function notificationViewOf(row: NotificationRow): NotificationDto {
  return {
    id: row.id,
    kind: row.kind,
    link: row.link,
    params: row.params,
    dueOn: row.dueOn,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}
