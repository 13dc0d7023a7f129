import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReminderPreferences } from '../../../../contracts/notifications';
import {
  markAllNotificationsRead,
  markNotificationRead,
  saveReminderPreferences,
} from '../api/notifications-api';
import { notificationKeys, notificationQueries } from '../api/notifications-queries';

export const useUnreadCount = () => useQuery(notificationQueries.unread());

export const useNotificationList = (isOpen: boolean) => useInfiniteQuery(notificationQueries.list(isOpen));

/** Marking read changes the bell and the list: both are this feature's own. */
function useRefreshNotifications() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: notificationKeys.unread() }),
      queryClient.invalidateQueries({ queryKey: notificationKeys.list() }),
    ]);
}

export function useMarkRead() {
  const refresh = useRefreshNotifications();
  return useMutation({ mutationFn: markNotificationRead, onSuccess: () => refresh() });
}

export function useMarkAllRead() {
  const refresh = useRefreshNotifications();
  return useMutation({ mutationFn: markAllNotificationsRead, onSuccess: () => refresh() });
}

export const useReminderPreferences = () => useQuery(notificationQueries.preferences());

export function useSaveReminderPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReminderPreferences) => saveReminderPreferences(body),
    onSuccess: (saved) => queryClient.setQueryData(notificationKeys.preferences(), saved),
  });
}
