import type { FamilyFileDto, MemberBody } from '../../../contracts/families';
import { todayIso } from '../../../domain/dates';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { notFound, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { findMember, insertMember, updateMember } from './families.repository';
import { inFamilyFile } from './family-file-access';
import { familyFileView } from './family-file-view';

function checkMember(input: MemberBody) {
  if (input.birthDate && input.birthDate > todayIso())
    throw unprocessable('BIRTH_DATE_IN_FUTURE', 'birthDate');
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
  checkMember(input);
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

/** Corrects a member: names known later (R31), a birth date after the due date. */
export async function editMember(
  db: Db,
  actor: Actor,
  familyId: string,
  memberId: string,
  input: MemberBody,
): Promise<FamilyFileDto> {
  checkMember(input);
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    const member = await findMember(tx, family.id, memberId);
    if (!member) throw notFound();
    await updateMember(tx, member.id, values(input));
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'family',
      entityId: family.id,
      familyId: family.id,
      details: { part: 'member', memberId: member.id },
    });
    return familyFileView(tx, actor, family);
  });
}
