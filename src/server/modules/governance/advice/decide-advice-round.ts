import type { AdviceRoundDto, RoundDecisionBody } from '../../../../contracts/governance/advice';
import { checkRoundDecision } from '../../../../domain/advice';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { AppError, unprocessable } from '../../../platform/http/app-error';
import { findMeeting } from '../meetings/meetings.repository';
import { writeDecision } from '../outcomes/record-decision';
import { listAdvices, setRoundStatus } from './advice.repository';
import { getAdviceRound, lockAdviceRound } from './get-advice-round';

/** R14: the decision on a proposal, refused while a principled objection stands. */
export async function decideAdviceRound(
  db: Db,
  actor: Actor,
  roundId: string,
  input: RoundDecisionBody,
): Promise<AdviceRoundDto> {
  return db.transaction(async (tx) => {
    const { round } = await lockAdviceRound(tx, actor, roundId);
    const advices = await listAdvices(tx, [round.id]);
    const problem = checkRoundDecision(
      round.status,
      advices.map((a) => ({
        kind: a.kind,
        objectionStatus: a.objectionStatus,
      })),
    );
    if (problem?.code === 'GOVERNANCE_ADVICE_ROUND_CLOSED') throw new AppError(409, problem.code);
    if (problem) throw unprocessable(problem.code, undefined, { count: problem.blocking });
    const meeting = round.meetingId ? await findMeeting(tx, actor.collaborationId, round.meetingId) : null;
    await writeDecision(
      tx,
      actor,
      {
        bodyId: round.bodyId,
        meetingId: round.meetingId,
        meetingDate: meeting?.date ?? null,
        agendaItemId: round.agendaItemId,
      },
      input,
      round.id,
    );
    await setRoundStatus(tx, round.id, 'decided');
    return getAdviceRound(tx, actor, round.id);
  });
}
