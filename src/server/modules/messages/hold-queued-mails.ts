import type { Executor } from '../../platform/db/database';
import { holdQueuedOutboxMails } from './messages.repository';

/**
 * Keeps a collaboration's queued mails in the outbox instead of sending them: the demo's, whose
 * addresses are fictional. Their delivery jobs find them held and send nothing (deliver-mail.ts).
 */
export async function holdQueuedMails(db: Executor, collaborationId: string): Promise<number> {
  return holdQueuedOutboxMails(db, collaborationId);
}
