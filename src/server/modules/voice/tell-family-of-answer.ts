import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { findFamilyMemberRecipient } from '../identity';
import { queueMail } from '../messages';

/**
 * The member whose request or message was answered may get a mail that an answer waits in the
 * portal — only that, and the link: nothing of the family's data (ADR 033, 045). Only a member
 * with an account and an e-mail address gets one; queued in the answer's own transaction.
 */
export async function tellFamilyOfAnswer(tx: Executor, actor: Actor, memberId: string, publicUrl: string) {
  const recipient = await findFamilyMemberRecipient(tx, actor.collaborationId, memberId);
  if (!recipient) return;
  await queueMail(tx, {
    collaborationId: actor.collaborationId,
    to: recipient.email,
    locale: recipient.locale,
    template: 'portal-answer',
    params: { link: `${publicUrl.replace(/\/$/, '')}/our-family` },
  });
}
