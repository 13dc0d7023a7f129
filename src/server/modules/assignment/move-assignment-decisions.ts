import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { assignmentDecisions } from './assignment.schema';

/** R17 and R10: the coordinator's recorded choices go with the family when its files merge. */
export async function moveAssignmentDecisions(
  db: Executor,
  input: { collaborationId: string; fromId: string; intoId: string },
) {
  await db
    .update(assignmentDecisions)
    .set({ familyId: input.intoId })
    .where(
      and(
        eq(assignmentDecisions.collaborationId, input.collaborationId),
        eq(assignmentDecisions.familyId, input.fromId),
      ),
    );
}
