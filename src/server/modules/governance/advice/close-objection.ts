import type { AdviceRoundDto, ObjectionClosingBody } from '../../../../contracts/governance/advice';
import { checkObjectionClosing } from '../../../../domain/advice';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { AppError, notFound, unprocessable } from '../../../platform/http/app-error';
import { findMember } from '../bodies/bodies.repository';
import { isMemberRow } from '../bodies/body-view';
import { findAdvice, updateAdvice } from './advice.repository';
import { getAdviceRound, lockAdviceRound } from './get-advice-round';

/**
 * R14: a principled objection is resolved (the proposal was changed to meet it) or withdrawn by
 * the member who made it. Either way it stays on record; it just no longer blocks.
 */
export async function closeObjection(
  db: Db,
  actor: Actor,
  roundId: string,
  adviceId: string,
  input: ObjectionClosingBody,
): Promise<AdviceRoundDto> {
  return db.transaction(async (tx) => {
    const { round, access } = await lockAdviceRound(tx, actor, roundId);
    const advice = await findAdvice(tx, round.id, adviceId);
    if (!advice) throw notFound();
    const member = await findMember(tx, actor.collaborationId, round.bodyId, advice.memberId);
    if (!access.isManager && !(member && isMemberRow(member, actor)))
      throw new AppError(403, 'GOVERNANCE_ADVICE_OF_ANOTHER_MEMBER');
    if (round.status !== 'open') throw new AppError(409, 'GOVERNANCE_ADVICE_ROUND_CLOSED');
    const problem = checkObjectionClosing({
      kind: advice.kind as 'principledObjection',
      objectionStatus: advice.objectionStatus,
    });
    if (problem?.code === 'GOVERNANCE_OBJECTION_ALREADY_CLOSED') throw new AppError(409, problem.code);
    if (problem) throw unprocessable(problem.code);
    await updateAdvice(tx, advice.id, { objectionStatus: input.outcome, resolutionNote: input.note || null });
    return getAdviceRound(tx, actor, round.id);
  });
}
