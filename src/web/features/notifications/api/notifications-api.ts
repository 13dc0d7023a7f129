import type {
  NotificationDto,
  NotificationListResponse,
  ReminderPreferences,
  UnreadCountResponse,
} from '../../../../contracts/notifications';
import { api } from '../../../lib/api';

export const listNotifications = (page: number) =>
  api.get<NotificationListResponse>('/notifications', { page: String(page) });

export const countUnread = () => api.get<UnreadCountResponse>('/notifications/unread-count');

export const markNotificationRead = (id: string) => api.post<NotificationDto>(`/notifications/${id}/read`);

export const markAllNotificationsRead = () => api.post<{ marked: number }>('/notifications/read-all');

export const getReminderPreferences = () => api.get<ReminderPreferences>('/notifications/preferences');

export const saveReminderPreferences = (body: ReminderPreferences) =>
  api.put<ReminderPreferences>('/notifications/preferences', body);
