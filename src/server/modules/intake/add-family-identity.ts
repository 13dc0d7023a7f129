// R31: a referral registered under a pseudonym gets the family's identity once it agrees. The
// names and birth dates are saved with who recorded them and when (audited); the duplicate check
// that could not run on an anonymous family runs now and opens a review when it finds one.
import type { FamilyIdentityBody, ReferralDto } from '../../../contracts/intake';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { inFamilyFile, listMembersOf, recordFamilyIdentity, toMemberView, unlessStale } from '../families';
import { referralDetailFor } from './get-referral';
import { findReferral, referralsVisibleTo, updateReferral } from './intake.repository';
import { possibleDuplicatesFor } from './possible-duplicates';

export async function addFamilyIdentity(
  db: Db,
  actor: Actor,
  referralId: string,
  input: FamilyIdentityBody,
): Promise<ReferralDto> {
  const row = await db.transaction((tx) => findReferral(tx, referralsVisibleTo(actor), referralId));
  if (!row) throw notFound();
  const outcome = await inFamilyFile(db, actor, row.familyId, async (tx, family) => {
    const current = await findReferral(tx, referralsVisibleTo(actor), referralId, { forUpdate: true });
    if (!current) throw notFound();
    if (family.identifiedAt) throw new AppError(409, 'FAMILY_ALREADY_IDENTIFIED');
    const stale = await recordFamilyIdentity(tx, actor, family, input.members);
    if (stale) return stale;
    const members = (await listMembersOf(tx, [family.id])).map(toMemberView);
    const duplicates = await possibleDuplicatesFor(tx, actor, {
      municipalityNis: current.municipalityNis,
      members,
      excludeFamilyId: family.id,
    });
    const updated =
      duplicates.length > 0 && current.duplicateReview === 'none'
        ? await updateReferral(tx, current.id, { duplicateReview: 'pending' })
        : current;
    await recordAudit(tx, actor, {
      action: 'identify',
      entityType: 'family',
      entityId: family.id,
      familyId: family.id,
      details: { referralId: current.id, members: input.members.length },
    });
    return referralDetailFor(tx, actor, updated);
  });
  return unlessStale(outcome);
}
