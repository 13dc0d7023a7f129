import type { Executor } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { listRunningMatchesOf, moveMatchesToFamily } from './coaching.repository';

/**
 * R17 and R23: a family's coach matches go with it when its files merge. A family has one
 * running match at a time; when both files have one, the coordinator first ends the match that
 * should not go on (which coach stays is a person's choice, not the merge's).
 */
export async function moveCoachMatches(
  db: Executor,
  input: { collaborationId: string; fromId: string; intoId: string },
) {
  const running = await listRunningMatchesOf(db, input.collaborationId, [input.fromId, input.intoId]);
  if (running.length > 1)
    throw new AppError(409, 'FAMILY_MERGE_TWO_COACHES', {
      details: { familyIds: running.map((r) => r.familyId) },
    });
  await moveMatchesToFamily(db, input);
}
