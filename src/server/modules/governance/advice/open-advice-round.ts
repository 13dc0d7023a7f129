import type { AdviceRoundDto, AdviceRoundInput } from '../../../../contracts/governance/advice';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { outcomeContext } from '../outcome-context';
import { insertRound } from './advice.repository';
import { adviceRoundDtos } from './advice-round-view';

/** R14: puts a proposal to the members of a body for advice, at a meeting or between meetings. */
export async function openAdviceRound(
  db: Db,
  actor: Actor,
  input: AdviceRoundInput,
): Promise<AdviceRoundDto> {
  const today = actor.clock.today();
  return db.transaction(async (tx) => {
    const context = await outcomeContext(tx, actor, input);
    const round = await insertRound(tx, {
      collaborationId: actor.collaborationId,
      bodyId: context.bodyId,
      meetingId: context.meetingId,
      agendaItemId: context.agendaItemId,
      title: input.title,
      proposal: input.proposal,
      // Asked are the members on the day of the meeting, or today for a round between meetings.
      openedOn: context.meetingDate && context.meetingDate < today ? context.meetingDate : today,
    });
    const [dto] = await adviceRoundDtos(tx, actor, [round], today);
    return dto as AdviceRoundDto;
  });
}
