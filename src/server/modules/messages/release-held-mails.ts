import type { Clock } from '../../../domain/clock';
import { addJob } from '../../platform/db/add-job';
import type { Db } from '../../platform/db/database';
import { DELIVER_MAIL_TASK } from './deliver-mail';
import { releaseMailsHeldForSmtp } from './messages.repository';

/**
 * At a start with SMTP configured (ADR 040): mails held because no SMTP server was configured are
 * queued again, each with a new delivery job, in one transaction. The row says so (`releasedAt`);
 * a mail is released once (the update is atomic) and delivered once (deliver-mail sends only a
 * queued row). The demo's held mails (`heldReason` `kept`) stay held.
 */
export async function releaseHeldMails(db: Db, clock: Clock): Promise<number> {
  return db.transaction(async (tx) => {
    const ids = await releaseMailsHeldForSmtp(tx, clock.now());
    for (const outboxId of ids) await addJob(tx, DELIVER_MAIL_TASK, { outboxId });
    return ids.length;
  });
}
