// Who opens a family's file (R16, least privilege): not a role alone but a relationship. The
// coordinator opens every file of the collaboration; a liaison worker or coach the files of
// the families they are assigned to, while the assignment runs (ADR 010). Others of the team
// see only that the family exists and whom to ask; everyone else sees nothing.
import type { IsoDate } from './dates';
import { can, type Role } from './roles';

export type FamilyAccess = 'full' | 'limited' | 'none';

export type Assignment = { userId: string; fromOn: IsoDate; toOn: IsoDate | null };

/** An assignment runs from its first day up to and including its last. */
export function isAssignmentActive(assignment: Pick<Assignment, 'fromOn' | 'toOn'>, today: IsoDate): boolean {
  return assignment.fromOn <= today && (assignment.toOn === null || assignment.toOn >= today);
}

export function familyFileAccess(input: {
  roles: readonly Role[];
  userId: string;
  assignments: readonly Assignment[];
  today: IsoDate;
}): FamilyAccess {
  if (!can(input.roles, 'family:read')) return 'none';
  if (input.roles.includes('coordinator')) return 'full';
  const isAssigned = input.assignments.some(
    (a) => a.userId === input.userId && isAssignmentActive(a, input.today),
  );
  return isAssigned ? 'full' : 'limited';
}

/** Only team members who work with families can be assigned to one. */
export function canBeAssigned(roles: readonly Role[]): boolean {
  return roles.includes('liaisonWorker') || roles.includes('coach');
}
