import type { MemberInput, PossibleDuplicateDto } from '../../../contracts/intake';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { recordFamiliesShown } from '../audit';
import { findPossibleDuplicates } from '../families';
import { referralHistoryOf } from './intake.repository';

/**
 * Candidate families for a referral, with their referral history. Showing them shows other
 * families' members, so each candidate shown is audited as a read of that family.
 */
export async function possibleDuplicatesFor(
  db: Executor,
  actor: Actor,
  input: { municipalityNis: string; members: MemberInput[]; excludeFamilyId?: string | null },
): Promise<PossibleDuplicateDto[]> {
  const candidates = await findPossibleDuplicates(db, { collaborationId: actor.collaborationId, ...input });
  const history = await referralHistoryOf(
    db,
    actor.collaborationId,
    candidates.map((c) => c.familyId),
  );
  await recordFamiliesShown(
    db,
    actor,
    'read',
    candidates.map((c) => c.familyId),
    { purpose: 'duplicateCheck' },
  );
  return candidates.map((c) => ({
    familyId: c.familyId,
    reasons: c.reasons,
    members: c.members,
    referralCount: history.get(c.familyId)?.count ?? 0,
    lastReceivedOn: history.get(c.familyId)?.lastReceivedOn ?? null,
  }));
}
