import { useQuery } from '@tanstack/react-query';
import { getOutboxMail, listOutbox } from '../api/messages-api';

export function useOutbox() {
  // A mail's status changes in the background (sent, retried, failed): look again every half minute.
  return useQuery({ queryKey: ['outbox'], queryFn: listOutbox, refetchInterval: 30_000 });
}

export function useOutboxMail(id: string | null) {
  return useQuery({
    queryKey: ['outbox', id],
    queryFn: () => getOutboxMail(id as string),
    enabled: id !== null,
  });
}
