import type { AdviceBody, AdviceRoundDto } from '../../../../contracts/governance/advice';
import { checkAdvice } from '../../../../domain/advice';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { AppError, notFound, unprocessable } from '../../../platform/http/app-error';
import { findMember } from '../bodies/bodies.repository';
import { isMemberRow } from '../bodies/body-view';
import { upsertAdvice } from './advice.repository';
import { getAdviceRound, lockAdviceRound } from './get-advice-round';

/**
 * R14: a member's advice on the proposal. Members give their own; the staff officer records it
 * for any member (said at the meeting, or sent by mail). Giving it again replaces it while the
 * round is open, so an objection can turn into positive advice after an amendment.
 */
export async function giveAdvice(
  db: Db,
  actor: Actor,
  roundId: string,
  memberId: string,
  input: AdviceBody,
): Promise<AdviceRoundDto> {
  return db.transaction(async (tx) => {
    // The round's row lock: no advice slips in while the decision is being taken.
    const { round, access } = await lockAdviceRound(tx, actor, roundId);
    const member = await findMember(tx, actor.collaborationId, round.bodyId, memberId);
    if (!member) throw notFound();
    if (!access.isManager && !isMemberRow(member, actor))
      throw new AppError(403, 'GOVERNANCE_ADVICE_OF_ANOTHER_MEMBER');
    if (round.status !== 'open') throw new AppError(409, 'GOVERNANCE_ADVICE_ROUND_CLOSED');
    const problem = checkAdvice(input);
    if (problem) throw unprocessable(problem.code, problem.field);
    const kind = input.kind;
    await upsertAdvice(tx, {
      collaborationId: actor.collaborationId,
      roundId: round.id,
      memberId: member.id,
      kind,
      amendment: kind === 'positiveWithAmendment' ? (input.amendment ?? null) : null,
      againstVisionAndValues: kind === 'principledObjection' ? (input.againstVisionAndValues ?? null) : null,
      harmToClientsOrStakeholders:
        kind === 'principledObjection' ? (input.harmToClientsOrStakeholders ?? null) : null,
      objection: kind === 'personalObjection' ? (input.objection ?? null) : null,
      followUp: kind === 'personalObjection' ? input.followUp || null : null,
      objectionStatus: kind === 'principledObjection' ? 'open' : null,
      resolutionNote: null,
      givenOn: actor.clock.today(),
      recordedBy: actor.displayName,
    });
    return getAdviceRound(tx, actor, round.id);
  });
}
