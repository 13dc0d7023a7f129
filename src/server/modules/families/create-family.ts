import type { MemberInput } from '../../../contracts/intake';
import type { Executor } from '../../platform/db/database';
import { insertFamily, insertMembers } from './families.repository';

/** A new family file with its members as the referral described them (names may be absent, R31). */
export async function createFamily(
  db: Executor,
  input: {
    collaborationId: string;
    municipalityNis: string;
    members: MemberInput[];
    pseudonym?: string | null;
  },
) {
  const family = await insertFamily(db, {
    collaborationId: input.collaborationId,
    municipalityNis: input.municipalityNis,
    pseudonym: input.pseudonym || null,
  });
  await insertMembers(
    db,
    input.members.map((m) => ({
      collaborationId: input.collaborationId,
      familyId: family.id,
      role: m.role,
      givenName: m.givenName || null,
      familyName: m.familyName || null,
      birthDate: m.birthDate ?? null,
      dueDate: m.dueDate ?? null,
    })),
  );
  return family;
}
