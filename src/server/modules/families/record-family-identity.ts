// R31: a family registered under a pseudonym, without names or birth dates, agrees to be known.
// Its members get their names and birth dates in one save, and the file records who added them
// and when; each member's save names the version it started from (ADR 020).
import type { MemberIdentityInput } from '../../../contracts/intake';
import type { Actor } from '../../platform/auth/actor';
import type { Tx } from '../../platform/db/database';
import { AppError, notFound, unprocessable } from '../../platform/http/app-error';
import { findMember, markFamilyIdentified, updateMember } from './families.repository';
import type { FamilyFile } from './family-file-access';
import { toMemberView } from './member-view';
import { type StaleSave, staleSave } from './stale-save';

/** Saves every member's identity, or none: a member saved meanwhile answers its current state. */
export async function recordFamilyIdentity(
  tx: Tx,
  actor: Actor,
  family: FamilyFile,
  members: MemberIdentityInput[],
): Promise<StaleSave | null> {
  const today = actor.clock.today();
  const current = [];
  for (const [index, input] of members.entries()) {
    if (input.birthDate && input.birthDate > today)
      throw unprocessable('BIRTH_DATE_IN_FUTURE', `members.${index}.birthDate`);
    const member = await findMember(tx, family.id, input.id);
    if (!member) throw notFound();
    if (member.version !== input.baseVersion)
      return staleSave(
        tx,
        actor,
        { entityType: 'family', entityId: family.id, familyId: family.id },
        {
          record: 'familyMember',
          id: member.id,
          baseVersion: input.baseVersion,
          currentVersion: member.version,
          current: toMemberView(member),
        },
      );
    current.push(member);
  }
  for (const [index, input] of members.entries()) {
    const saved = await updateMember(tx, input.id, input.baseVersion, {
      givenName: input.givenName || null,
      familyName: input.familyName || null,
      birthDate: input.birthDate ?? null,
      dueDate: input.birthDate ? null : (current[index]?.dueDate ?? null),
    });
    // Saved by someone else between the check and this save: nothing of this save is kept.
    if (!saved) throw new AppError(409, 'RECORD_CHANGED');
  }
  await markFamilyIdentified(tx, {
    familyId: family.id,
    identifiedBy: actor.userId,
    identifiedByName: actor.displayName,
    identifiedAt: actor.clock.now(),
  });
  return null;
}
