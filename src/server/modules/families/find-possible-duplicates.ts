import type { MemberInput } from '../../../contracts/intake';
import { type DuplicateReason, duplicateReasons, type FamilySketch } from '../../../domain/duplicate-family';
import type { Executor } from '../../platform/db/database';
import { findFamiliesWithChildDates } from './families.repository';
import type { MemberView } from './member-view';

export type DuplicateCandidate = { familyId: string; reasons: DuplicateReason[]; members: MemberView[] };

function sketch(
  municipalityNis: string,
  members: Pick<MemberInput, 'role' | 'givenName' | 'familyName' | 'birthDate' | 'dueDate'>[],
): FamilySketch {
  return {
    municipalityNis,
    children: members.filter((m) => m.role === 'child'),
    otherMembers: members.filter((m) => m.role !== 'child'),
  };
}

/** Known families that may be the one being referred (same municipality, child's date, name). */
export async function findPossibleDuplicates(
  db: Executor,
  input: {
    collaborationId: string;
    municipalityNis: string;
    members: MemberInput[];
    excludeFamilyId?: string | null;
  },
): Promise<DuplicateCandidate[]> {
  const incoming = sketch(input.municipalityNis, input.members);
  const dates = incoming.children
    .flatMap((c) => [c.birthDate, c.dueDate])
    .filter((d): d is string => Boolean(d));
  const families = await findFamiliesWithChildDates(db, { ...input, dates });

  const candidates: DuplicateCandidate[] = [];
  for (const family of families) {
    const own = family.members;
    const reasons = duplicateReasons(incoming, sketch(family.municipalityNis, own));
    if (reasons) candidates.push({ familyId: family.id, reasons, members: own });
  }
  return candidates;
}
