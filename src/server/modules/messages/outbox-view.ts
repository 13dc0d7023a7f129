import type { OutboxMailSummary } from '../../../contracts/messages';
import type { OutboxRow } from './messages.repository';

export function outboxSummaryOf(row: OutboxRow): OutboxMailSummary {
  return {
    id: row.id,
    to: row.recipient,
    locale: row.locale,
    template: row.template,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    sentAt: row.sentAt?.toISOString() ?? null,
    releasedAt: row.releasedAt?.toISOString() ?? null,
  };
}
