import type { CoachMatchDto, EndMatchInput } from '../../../contracts/coaching';
import { checkEnd } from '../../../domain/family-coaching';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError, notFound, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { familyLabel, listMembersOf, toMemberView } from '../families';
import { findMatch, updateMatch } from './coaching.repository';
import { gatherCoaches } from './coaching-board';
import { toMatchDto } from './coaching-views';

/**
 * R23: a coaching ends (goals reached, the family stops, moves, or the coach stops); the place
 * is free again. When the coach stopped, the family goes back on the waiting list.
 */
export async function endMatch(
  db: Db,
  actor: Actor,
  id: string,
  input: EndMatchInput,
): Promise<CoachMatchDto> {
  return db.transaction(async (tx) => {
    // Row lock: two ends at once give one end and one 409.
    const match = await findMatch(tx, actor.collaborationId, id, { forUpdate: true });
    if (!match) throw notFound();
    const problem = checkEnd({
      matchedOn: match.matchedOn,
      endedOn: input.endedOn,
      alreadyEndedOn: match.endedOn,
      today: actor.clock.today(),
    });
    if (problem?.code === 'COACH_MATCH_ALREADY_ENDED') throw new AppError(409, problem.code);
    if (problem) throw unprocessable(problem.code, problem.field);
    const ended = await updateMatch(tx, match.id, { endedOn: input.endedOn, endReason: input.reason });
    await recordAudit(tx, actor, {
      action: 'close',
      entityType: 'coachMatch',
      entityId: match.id,
      familyId: match.familyId,
      details: { endedOn: input.endedOn, reason: input.reason },
    });
    const { workers } = await gatherCoaches(tx, actor, actor.clock.today());
    const members = (await listMembersOf(tx, [match.familyId])).map(toMemberView);
    return toMatchDto(ended, workers, familyLabel(members));
  });
}
