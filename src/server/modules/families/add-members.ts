import type { MemberInput } from '../../../contracts/intake';
import { normaliseName } from '../../../domain/duplicate-family';
import type { Executor } from '../../platform/db/database';
import { insertMembers, listMembersOf } from './families.repository';

/**
 * A second referral of a known family adds only the members the file does not know yet: a
 * member is known when role and birth (or due) date match and the names do not differ.
 */
export async function addMembersToFamily(
  db: Executor,
  input: { collaborationId: string; familyId: string; members: MemberInput[] },
) {
  const existing = await listMembersOf(db, [input.familyId]);
  const sameName = (a?: string | null, b?: string | null) =>
    !a || !b || normaliseName(a) === normaliseName(b);
  const fresh = input.members.filter(
    (m) =>
      !existing.some(
        (e) =>
          e.role === m.role &&
          (e.birthDate ?? null) === (m.birthDate ?? null) &&
          (e.dueDate ?? null) === (m.dueDate ?? null) &&
          sameName(e.givenName, m.givenName),
      ),
  );
  await insertMembers(
    db,
    fresh.map((m) => ({
      collaborationId: input.collaborationId,
      familyId: input.familyId,
      role: m.role,
      givenName: m.givenName || null,
      familyName: m.familyName || null,
      birthDate: m.birthDate ?? null,
      dueDate: m.dueDate ?? null,
    })),
  );
}
