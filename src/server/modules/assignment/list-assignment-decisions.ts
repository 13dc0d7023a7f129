import type { AssignmentDecisionsResponse } from '../../../contracts/team';
import { addMonths } from '../../../domain/dates';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { unprocessable } from '../../platform/http/app-error';
import { recordFamiliesShown } from '../audit';
import { listAssignmentDecisions } from './assignment.repository';
import { toDecisionDto } from './assignment-view';

/**
 * R10 in hindsight: how many families went to the suggested worker and where the coordinator
 * chose otherwise, with the reason. It names workers and references, not families; it still
 * says who got which family, so each family listed is audited.
 */
export async function listAssignmentDecisionsOfPeriod(
  db: Db,
  actor: Actor,
  period: { from?: string; to?: string },
): Promise<AssignmentDecisionsResponse> {
  const to = period.to ?? actor.clock.today();
  const from = period.from ?? addMonths(to, -3);
  if (from > to) throw unprocessable('VALIDATION_FAILED', 'to');
  return db.transaction(async (tx) => {
    const rows = await listAssignmentDecisions(tx, actor.collaborationId, { from, to });
    await recordFamiliesShown(
      tx,
      actor,
      'list',
      rows.map((r) => r.familyId),
      { view: 'assignmentDecisions' },
    );
    const decisions = rows.map(toDecisionDto);
    return {
      from,
      to,
      total: decisions.length,
      overrides: decisions.filter((d) => d.isOverride).length,
      decisions,
    };
  });
}
