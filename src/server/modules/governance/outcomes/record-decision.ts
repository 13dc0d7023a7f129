import type { DecisionDto, DecisionInput } from '../../../../contracts/governance/outcomes';
import { checkDecisionDates } from '../../../../domain/meetings';
import type { Actor } from '../../../platform/auth/actor';
import type { Db, Executor } from '../../../platform/db/database';
import { unprocessable } from '../../../platform/http/app-error';
import { type OutcomeContext, outcomeContext } from '../outcome-context';
import { refuseWhileObjectionStands } from './decision-guard';
import { toDecisionDto } from './outcome-views';
import { insertDecision, listDecisions } from './outcomes.repository';

type DecisionFields = Pick<DecisionInput, 'text' | 'decidedOn' | 'evaluateOn' | 'evaluationLabel'>;

/** R14: a decision records its body, its date and when it is evaluated. */
export async function writeDecision(
  tx: Executor,
  actor: Actor,
  context: OutcomeContext,
  input: DecisionFields,
  adviceRoundId: string | null = null,
): Promise<DecisionDto> {
  const today = actor.clock.today();
  const decidedOn =
    input.decidedOn ?? (context.meetingDate && context.meetingDate <= today ? context.meetingDate : today);
  if (decidedOn > today) throw unprocessable('GOVERNANCE_DECISION_IN_FUTURE', 'decidedOn');
  const problem = checkDecisionDates({ decidedOn, evaluateOn: input.evaluateOn ?? null });
  if (problem) throw unprocessable(problem.code, problem.field);
  // R14: the advice round's own decision checked its objections; any other path checks them here.
  if (adviceRoundId === null)
    await refuseWhileObjectionStands(tx, actor.collaborationId, context.agendaItemId);
  const row = await insertDecision(tx, {
    collaborationId: actor.collaborationId,
    bodyId: context.bodyId,
    meetingId: context.meetingId,
    agendaItemId: context.agendaItemId,
    adviceRoundId,
    text: input.text,
    decidedOn,
    evaluateOn: input.evaluateOn ?? null,
    evaluationLabel: input.evaluationLabel || null,
    recordedBy: actor.displayName,
  });
  const [view] = await listDecisions(tx, actor.collaborationId, {
    bodyIds: null,
    ids: [row.id],
    sharedOnly: false,
  });
  return toDecisionDto(view as NonNullable<typeof view>, today);
}

/** A decision taken without an advice round (most decisions of a meeting). */
export async function recordDecision(db: Db, actor: Actor, input: DecisionInput): Promise<DecisionDto> {
  return db.transaction(async (tx) =>
    writeDecision(tx, actor, await outcomeContext(tx, actor, input), input),
  );
}
