import type { TFunction } from 'i18next';
import type { NotificationDto } from '../../../../contracts/notifications';
import { formatDate } from '../../../lib/format';

/** A notification's sentence: the same text its mail carries (mail:reminderText), dates dd/mm/yyyy. */
export function notificationText(t: TFunction, notification: NotificationDto): string {
  return t(`mail:reminderText.${notification.kind}`, {
    ...notification.params,
    dueDate: formatDate(notification.dueOn),
  });
}
