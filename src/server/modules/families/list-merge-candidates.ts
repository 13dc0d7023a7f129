import type { MergeCandidateDto } from '../../../contracts/families';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { recordFamiliesShown } from '../audit';
import { listMembersOf } from './families.repository';
import { inFamilyFile } from './family-file-access';
import { findPossibleDuplicates } from './find-possible-duplicates';
import { familyLabel, toMemberView } from './member-view';

/**
 * R17: other files that may hold the same family (same municipality, a child's date, a similar
 * name), offered to the coordinator to merge. Each candidate shown is a read of that family.
 */
export async function listMergeCandidates(
  db: Db,
  actor: Actor,
  familyId: string,
): Promise<MergeCandidateDto[]> {
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    const members = (await listMembersOf(tx, [family.id])).map(toMemberView);
    const candidates = await findPossibleDuplicates(tx, {
      collaborationId: actor.collaborationId,
      municipalityNis: family.municipalityNis,
      members: members.map((m) => ({
        ...m,
        givenName: m.givenName ?? undefined,
        familyName: m.familyName ?? undefined,
      })),
      excludeFamilyId: family.id,
    });
    await recordFamiliesShown(
      tx,
      actor,
      'read',
      candidates.map((c) => c.familyId),
      { purpose: 'mergeCandidates', forFamilyId: family.id },
    );
    return candidates.map((c) => ({
      familyId: c.familyId,
      label: familyLabel(c.members),
      reasons: c.reasons,
      members: c.members,
    }));
  });
}
