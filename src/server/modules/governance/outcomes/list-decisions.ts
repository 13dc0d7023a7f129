import type { DecisionDto, DecisionsQuery } from '../../../../contracts/governance/outcomes';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { bodyAccessOf, reaches } from '../governance-scope';
import { toDecisionDto } from './outcome-views';
import { listDecisions as queryDecisions } from './outcomes.repository';

/**
 * The decision register of the bodies a person reaches, newest first; with
 * `evaluation=dueOrUpcoming` only those whose evaluation is due or comes within 90 days, soonest first.
 */
export async function listDecisions(db: Db, actor: Actor, query: DecisionsQuery): Promise<DecisionDto[]> {
  const today = actor.clock.today();
  const access = await bodyAccessOf(db, actor);
  if (query.bodyId && !reaches(access, query.bodyId)) return [];
  const rows = await queryDecisions(db, actor.collaborationId, {
    bodyIds: access.bodyIds,
    bodyId: query.bodyId,
    sharedOnly: !access.isManager,
  });
  const all = rows.map((r) => toDecisionDto(r, today));
  if (query.evaluation !== 'dueOrUpcoming') return all;
  return all
    .filter((d) => d.evaluationState === 'due' || d.evaluationState === 'upcoming')
    .sort((a, b) => (a.evaluateOn ?? '').localeCompare(b.evaluateOn ?? ''));
}
