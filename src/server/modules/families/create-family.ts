import { randomUUID } from 'node:crypto';
import type { MemberInput } from '../../../contracts/intake';
import type { Executor } from '../../platform/db/database';
import { insertFamilyWithMembers } from './families.repository';
import { type MemberView, toMemberView } from './member-view';

/**
 * A new family file with its members as the referral described them (names may be absent, R31),
 * written in one statement; returns the file's id and its members as the views show them.
 */
export async function createFamily(
  db: Executor,
  input: {
    collaborationId: string;
    municipalityNis: string;
    members: MemberInput[];
    pseudonym?: string | null;
  },
): Promise<{ id: string; members: MemberView[] }> {
  const id = randomUUID();
  const members = await insertFamilyWithMembers(
    db,
    {
      id,
      collaborationId: input.collaborationId,
      municipalityNis: input.municipalityNis,
      pseudonym: input.pseudonym || null,
    },
    input.members.map((m) => ({
      collaborationId: input.collaborationId,
      familyId: id,
      role: m.role,
      givenName: m.givenName || null,
      familyName: m.familyName || null,
      birthDate: m.birthDate ?? null,
      dueDate: m.dueDate ?? null,
    })),
  );
  return { id, members: members.map(toMemberView) };
}
