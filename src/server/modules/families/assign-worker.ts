import type { AssignmentBody, FamilyFileDto } from '../../../contracts/families';
import { canBeAssigned, isAssignmentActive } from '../../../domain/family-access';
import type { Actor } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { AppError, notFound, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { findPeople } from '../identity';
import { endAssignment, findAssignment, insertAssignment, listAssignmentsOf } from './families.repository';
import { type FamilyFile, inFamilyFile } from './family-file-access';
import { familyFileView } from './family-file-view';

/**
 * What another module decides before a person is given the family, inside the same transaction:
 * R10 (assignment by availability) records its choice and asks a reason for another one. It
 * returns what the assignment's audit row carries. Injected by the composition root, because the
 * assignment module reads families (no cycle).
 */
export type AssignmentGuard = (
  tx: Tx,
  actor: Actor,
  family: FamilyFile,
  input: AssignmentBody,
) => Promise<Record<string, unknown>>;

/** The coordinator assigns a liaison worker or a coach to the family: from then on they open the file. */
export async function assignWorker(
  db: Db,
  actor: Actor,
  familyId: string,
  input: AssignmentBody,
  guard: AssignmentGuard,
): Promise<FamilyFileDto> {
  return inFamilyFile(db, actor, familyId, async (tx, opened) => {
    const details = await guard(tx, actor, opened, input);
    // Read after the guard's lock: another coordinator may have assigned meanwhile.
    const family = { ...opened, assignments: await listAssignmentsOf(tx, [opened.id]) };
    await assignInFile(tx, actor, family, { userId: input.userId, fromOn: input.fromOn }, details);
    return familyFileView(tx, actor, { ...family, assignments: await listAssignmentsOf(tx, [family.id]) });
  });
}

/**
 * The assignment itself, inside a transaction on a file the actor opened (inFamilyFile), so
 * that another use case (R10, assignment by availability) commits it with its own record.
 */
export async function assignInFile(
  tx: Tx,
  actor: Actor,
  family: FamilyFile,
  input: AssignmentBody,
  auditDetails: Record<string, unknown> = {},
) {
  const fromOn = input.fromOn ?? actor.clock.today();
  const [person] = await findPeople(tx, actor.collaborationId, [input.userId]);
  if (!person?.isActive) throw unprocessable('ASSIGNEE_UNKNOWN', 'userId');
  if (!canBeAssigned(person.roles)) throw unprocessable('ASSIGNEE_NOT_A_WORKER', 'userId');
  const running = family.assignments.some(
    (a) => a.userId === person.id && (a.toOn === null || a.toOn >= fromOn),
  );
  if (running) throw new AppError(409, 'ALREADY_ASSIGNED');
  const row = await insertAssignment(tx, {
    collaborationId: actor.collaborationId,
    familyId: family.id,
    userId: person.id,
    fromOn,
    assignedBy: actor.userId,
  });
  await recordAudit(tx, actor, {
    action: 'assign',
    entityType: 'family',
    entityId: family.id,
    familyId: family.id,
    details: { assignmentId: row.id, userId: person.id, fromOn, ...auditDetails },
  });
  return row;
}

/** Ends an assignment (a hand-over within the team, a worker leaving): access ends with it. */
export async function endWorkerAssignment(
  db: Db,
  actor: Actor,
  familyId: string,
  assignmentId: string,
  toOn: string,
): Promise<FamilyFileDto> {
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    const row = await findAssignment(tx, family.id, assignmentId);
    if (!row) throw notFound();
    if (row.toOn !== null && !isAssignmentActive(row, actor.clock.today()))
      throw new AppError(409, 'ASSIGNMENT_ALREADY_ENDED');
    if (toOn < row.fromOn) throw unprocessable('ASSIGNMENT_END_BEFORE_START', 'toOn');
    await endAssignment(tx, row.id, toOn);
    await recordAudit(tx, actor, {
      action: 'assign',
      entityType: 'family',
      entityId: family.id,
      familyId: family.id,
      details: { assignmentId: row.id, userId: row.userId, toOn },
    });
    return familyFileView(tx, actor, { ...family, assignments: await listAssignmentsOf(tx, [family.id]) });
  });
}
