// The notifications feature's query keys and queries: the one place they are written (ADR 030).
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { countUnread, getReminderPreferences, listNotifications } from './notifications-api';

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: () => [...notificationKeys.all, 'unread'] as const,
  list: () => [...notificationKeys.all, 'list'] as const,
  preferences: () => [...notificationKeys.all, 'preferences'] as const,
};

/** Reminders are made by a background job: the bell looks again every minute. */
const BELL_POLL_MS = 60_000;

export const notificationQueries = {
  unread: () =>
    queryOptions({
      queryKey: notificationKeys.unread(),
      queryFn: countUnread,
      refetchInterval: BELL_POLL_MS,
    }),
  /** Newest first, a page at a time ("older" loads the next); read only while the panel is open. */
  list: (enabled: boolean) =>
    infiniteQueryOptions({
      queryKey: notificationKeys.list(),
      queryFn: ({ pageParam }) => listNotifications(pageParam),
      initialPageParam: 1,
      getNextPageParam: (last) => (last.hasMore ? last.page + 1 : undefined),
      enabled,
    }),
  preferences: () =>
    queryOptions({ queryKey: notificationKeys.preferences(), queryFn: getReminderPreferences }),
};
