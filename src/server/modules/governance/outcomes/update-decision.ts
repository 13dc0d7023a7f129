import type { DecisionDto, DecisionUpdate } from '../../../../contracts/governance/outcomes';
import { checkDecisionDates } from '../../../../domain/meetings';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { notFound, unprocessable } from '../../../platform/http/app-error';
import { requireBody } from '../governance-scope';
import { refuseWhileObjectionStands } from './decision-guard';
import { toDecisionDto } from './outcome-views';
import { findDecision, listDecisions, updateDecision as writeDecision } from './outcomes.repository';

/** Corrects a decision's wording or evaluation date, or records that it was evaluated. */
export async function updateDecision(
  db: Db,
  actor: Actor,
  id: string,
  input: DecisionUpdate,
): Promise<DecisionDto> {
  const today = actor.clock.today();
  return db.transaction(async (tx) => {
    const decision = await findDecision(tx, actor.collaborationId, id);
    if (!decision) throw notFound();
    await requireBody(tx, actor, decision.bodyId);
    const evaluateOn = input.evaluateOn === undefined ? decision.evaluateOn : input.evaluateOn;
    const problem = checkDecisionDates({ decidedOn: decision.decidedOn, evaluateOn });
    if (problem) throw unprocessable(problem.code, problem.field);
    if (input.evaluatedOn && input.evaluatedOn > today)
      throw unprocessable('GOVERNANCE_EVALUATION_IN_FUTURE', 'evaluatedOn');
    // R14: rewording a decision is deciding anew; a standing principled objection blocks it.
    if (input.text !== undefined && input.text !== decision.text && decision.adviceRoundId === null)
      await refuseWhileObjectionStands(tx, actor.collaborationId, decision.agendaItemId);
    await writeDecision(tx, decision.id, {
      ...(input.text !== undefined ? { text: input.text } : {}),
      evaluateOn,
      ...(input.evaluationLabel !== undefined ? { evaluationLabel: input.evaluationLabel || null } : {}),
      ...(input.evaluatedOn !== undefined ? { evaluatedOn: input.evaluatedOn } : {}),
      ...(input.evaluationNote !== undefined ? { evaluationNote: input.evaluationNote || null } : {}),
    });
    const [view] = await listDecisions(tx, actor.collaborationId, {
      bodyIds: null,
      ids: [decision.id],
      sharedOnly: false,
    });
    return toDecisionDto(view as NonNullable<typeof view>, today);
  });
}
