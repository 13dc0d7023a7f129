import type { EditMemberBody, FamilyFileDto, MemberBody } from '../../../contracts/families';
import type { IsoDate } from '../../../domain/dates';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { notFound, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { findMember, insertMember, updateMember } from './families.repository';
import { inFamilyFile } from './family-file-access';
import { familyFileView } from './family-file-view';
import { toMemberView } from './member-view';
import { staleSave, unlessStale } from './stale-save';

function checkMember(input: MemberBody, today: IsoDate) {
  if (input.birthDate && input.birthDate > today) throw unprocessable('BIRTH_DATE_IN_FUTURE', 'birthDate');
  if (input.role !== 'child' && input.dueDate) throw unprocessable('DUE_DATE_ONLY_FOR_CHILD', 'dueDate');
}

const values = (input: MemberBody) => ({
  role: input.role,
  givenName: input.givenName || null,
  familyName: input.familyName || null,
  birthDate: input.birthDate ?? null,
  // Once born, the due date has done its work.
  dueDate: input.birthDate ? null : (input.dueDate ?? null),
});

/** Adds a member to the family file (a new baby, a step-parent, a grandparent living in). */
export async function addMember(
  db: Db,
  actor: Actor,
  familyId: string,
  input: MemberBody,
): Promise<FamilyFileDto> {
  checkMember(input, actor.clock.today());
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    const row = await insertMember(tx, {
      collaborationId: actor.collaborationId,
      familyId: family.id,
      ...values(input),
    });
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'family',
      entityId: family.id,
      familyId: family.id,
      details: { part: 'member', memberId: row.id },
    });
    return familyFileView(tx, actor, family);
  });
}

/**
 * Corrects a member: names known later (R31), a birth date after the due date. The correction
 * names the version it started from; a member saved meanwhile is not overwritten (ADR 020).
 */
export async function editMember(
  db: Db,
  actor: Actor,
  familyId: string,
  memberId: string,
  input: EditMemberBody,
): Promise<FamilyFileDto> {
  checkMember(input, actor.clock.today());
  const outcome = await inFamilyFile(db, actor, familyId, async (tx, family) => {
    const member = await findMember(tx, family.id, memberId);
    if (!member) throw notFound();
    // Atomic: the row is written only if still at baseVersion, whoever commits first.
    const saved = await updateMember(tx, member.id, input.baseVersion, values(input));
    if (!saved) {
      const current = await findMember(tx, family.id, member.id);
      if (!current) throw notFound();
      return staleSave(
        tx,
        actor,
        { entityType: 'family', entityId: family.id, familyId: family.id },
        {
          record: 'familyMember',
          id: current.id,
          baseVersion: input.baseVersion,
          currentVersion: current.version,
          current: toMemberView(current),
        },
      );
    }
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'family',
      entityId: family.id,
      familyId: family.id,
      details: { part: 'member', memberId: member.id, version: saved.version },
    });
    return familyFileView(tx, actor, family);
  });
  return unlessStale(outcome);
}
