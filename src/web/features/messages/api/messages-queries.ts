// The messages feature's query keys and queries: the one place they are written (ADR 030).
import { queryOptions } from '@tanstack/react-query';
import { getOutboxMail, listOutbox } from './messages-api';

export const messageKeys = {
  all: ['messages'] as const,
  outbox: () => [...messageKeys.all, 'outbox'] as const,
  mail: (id: string | null) => [...messageKeys.outbox(), id] as const,
};

export const messageQueries = {
  // A mail's status changes in the background (sent, retried, failed): look again every half minute.
  outbox: () =>
    queryOptions({ queryKey: messageKeys.outbox(), queryFn: listOutbox, refetchInterval: 30_000 }),
  mail: (id: string | null) =>
    queryOptions({
      queryKey: messageKeys.mail(id),
      queryFn: () => getOutboxMail(id as string),
      enabled: id !== null,
    }),
};
