import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { addMembersToFamily } from './add-members';
import { listMembersOf } from './families.repository';
import { families, familyAssignments, familyMembers, networkMembers } from './families.schema';
import { toMemberView } from './member-view';

/**
 * One family, one file (R17): when a referral's family turns out to be a known one, its
 * members move into the known file and the empty duplicate is removed, so no stray copy of a
 * child's data stays behind. The caller has moved everything that pointed at `fromId` first.
 */
export async function mergeFamilyInto(
  db: Executor,
  input: { collaborationId: string; fromId: string; intoId: string },
) {
  const members = (await listMembersOf(db, [input.fromId])).map(toMemberView);
  await addMembersToFamily(db, { collaborationId: input.collaborationId, familyId: input.intoId, members });
  // Who works with the family and its network map go along with the members.
  await db
    .update(familyAssignments)
    .set({ familyId: input.intoId })
    .where(eq(familyAssignments.familyId, input.fromId));
  await db
    .update(networkMembers)
    .set({ familyId: input.intoId })
    .where(eq(networkMembers.familyId, input.fromId));
  try {
    await db.delete(familyMembers).where(eq(familyMembers.familyId, input.fromId));
    await db.delete(families).where(eq(families.id, input.fromId));
  } catch (error) {
    // The duplicate already has a plan, trajectories or contacts of its own: two journeys are
    // not merged silently. The whole transaction rolls back; the desk gets a clear refusal.
    if ((error as { cause?: { code?: string } }).cause?.code === FOREIGN_KEY_VIOLATION) {
      throw new AppError(409, 'FAMILY_MERGE_BLOCKED');
    }
    throw error;
  }
}

const FOREIGN_KEY_VIOLATION = '23503';
