// The administrator reads what eenplan sent, holds or could not send (issue 12 points 5 and 6).
import type { OutboxListResponse } from '../../../contracts/messages';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { listOutboxMails } from './messages.repository';
import { outboxSummaryOf } from './outbox-view';

/** The newest mails first; an outbox of years is read page by page some day, today the last 500. */
const LIST_LIMIT = 500;

export async function listOutbox(db: Executor, actor: Actor): Promise<OutboxListResponse> {
  const rows = await listOutboxMails(db, actor.collaborationId, LIST_LIMIT);
  return { items: rows.map(outboxSummaryOf) };
}
