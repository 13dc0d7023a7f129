import { useQuery } from '@tanstack/react-query';
import { messageQueries } from '../api/messages-queries';

export const useOutbox = () => useQuery(messageQueries.outbox());

export const useOutboxMail = (id: string | null) => useQuery(messageQueries.mail(id));
