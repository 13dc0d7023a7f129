import type { ReferralDto } from '../../../contracts/intake';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { notFound, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { referralDetailFor } from './get-referral';
import { findReferral, referralsVisibleTo, updateReferral } from './intake.repository';

/** R26: records when the family had its first, perspective-giving conversation. */
export async function recordPerspectiveConversation(
  db: Db,
  actor: Actor,
  id: string,
  heldOn: string,
): Promise<ReferralDto> {
  return db.transaction(async (tx) => {
    const row = await findReferral(tx, referralsVisibleTo(actor), id, { forUpdate: true });
    if (!row) throw notFound();
    if (heldOn < row.receivedOn) throw unprocessable('PERSPECTIVE_CONVERSATION_BEFORE_RECEIPT', 'heldOn');
    if (heldOn > actor.clock.today()) throw unprocessable('DECISION_IN_FUTURE', 'heldOn');
    const updated = await updateReferral(tx, row.id, { perspectiveConversationOn: heldOn });
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'referral',
      entityId: row.id,
      familyId: row.familyId,
      details: { perspectiveConversationOn: heldOn },
    });
    return referralDetailFor(tx, actor, updated);
  });
}
