import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { coachMatches } from './coaching.schema';

/**
 * R17 and R23: a family's coach matches go with it when its files merge. A family has one
 * running match at a time; when both files have one, the coordinator first ends the match that
 * should not go on (which coach stays is a person's choice, not the merge's).
 */
export async function moveCoachMatches(
  db: Executor,
  input: { collaborationId: string; fromId: string; intoId: string },
) {
  const running = await db
    .select({ familyId: coachMatches.familyId, coachWorkerId: coachMatches.coachWorkerId })
    .from(coachMatches)
    .where(
      and(
        eq(coachMatches.collaborationId, input.collaborationId),
        inArray(coachMatches.familyId, [input.fromId, input.intoId]),
        isNull(coachMatches.endedOn),
      ),
    );
  if (running.length > 1)
    throw new AppError(409, 'FAMILY_MERGE_TWO_COACHES', {
      details: { familyIds: running.map((r) => r.familyId) },
    });
  await db
    .update(coachMatches)
    .set({ familyId: input.intoId, updatedAt: sql`now()` })
    .where(
      and(eq(coachMatches.collaborationId, input.collaborationId), eq(coachMatches.familyId, input.fromId)),
    );
}
