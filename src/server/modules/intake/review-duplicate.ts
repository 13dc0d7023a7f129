import type { DuplicateReviewBody, ReferralDto } from '../../../contracts/intake';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import type { MergeFamilyFiles } from '../families';
import { referralDetailFor } from './get-referral';
import { findReferral, referralsVisibleTo, updateReferral } from './intake.repository';

/** The desk's verdict on a possible duplicate: link to the known family, or dismiss. */
export async function reviewDuplicate(
  db: Db,
  actor: Actor,
  id: string,
  input: DuplicateReviewBody,
  mergeFamilyFiles: MergeFamilyFiles,
): Promise<ReferralDto> {
  return db.transaction(async (tx) => {
    const row = await findReferral(tx, referralsVisibleTo(actor), id, { forUpdate: true });
    if (!row) throw notFound();
    if (
      row.duplicateReview === 'linked' ||
      (input.action === 'dismiss' && row.duplicateReview !== 'pending')
    ) {
      throw new AppError(409, 'DUPLICATE_ALREADY_REVIEWED');
    }
    if (input.action === 'dismiss') {
      const updated = await updateReferral(tx, row.id, { duplicateReview: 'dismissed' });
      await recordAudit(tx, actor, {
        action: 'dismissDuplicate',
        entityType: 'referral',
        entityId: row.id,
        familyId: row.familyId,
      });
      return referralDetailFor(tx, actor, updated);
    }

    // R17: the referral's file merges into the known one, with its referrals, journey and plan.
    await mergeFamilyFiles(tx, actor, { intoId: input.familyId, fromId: row.familyId, field: 'familyId' });
    const target = { id: input.familyId };
    const updated = await updateReferral(tx, row.id, { duplicateReview: 'linked' });
    await recordAudit(tx, actor, {
      action: 'link',
      entityType: 'referral',
      entityId: row.id,
      familyId: target.id,
      details: { mergedFamilyId: row.familyId },
    });
    return referralDetailFor(tx, actor, updated);
  });
}
