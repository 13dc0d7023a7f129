import type { OutboxMailDetail } from '../../../contracts/messages';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { findOutboxMailOfCollaboration } from './messages.repository';
import { outboxSummaryOf } from './outbox-view';

/** One mail as it was (or will be) sent: its text and its attachments' names and sizes. */
export async function getOutboxMail(db: Executor, actor: Actor, id: string): Promise<OutboxMailDetail> {
  const mail = await findOutboxMailOfCollaboration(db, actor.collaborationId, id);
  if (!mail) throw new AppError(404, 'MAIL_NOT_FOUND');
  return {
    ...outboxSummaryOf(mail),
    body: mail.body,
    attachments: mail.attachments.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      size: Buffer.byteLength(a.content, 'base64'),
    })),
  };
}
