import type { OutboxListResponse, OutboxMailDetail } from '../../../../contracts/messages';
import { api } from '../../../lib/api';

export const listOutbox = () => api.get<OutboxListResponse>('/admin/outbox');

export const getOutboxMail = (id: string) => api.get<OutboxMailDetail>(`/admin/outbox/${id}`);
