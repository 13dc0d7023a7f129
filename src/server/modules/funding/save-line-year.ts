import type { LineYearInput } from '../../../contracts/funding';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { notFound, unprocessable } from '../../platform/http/app-error';
import { findFundingLineByCode, upsertLineYear } from './funding.repository';

/** A line's budget, target, cap and price for one year (R4 R6 R7). */
export async function saveLineYear(db: Db, actor: Actor, code: string, year: number, input: LineYearInput) {
  // R7: coordination hours and training/intervision share the competence budget; never more than it.
  const split = (input.coordinationBudgetCents ?? 0) + (input.trainingBudgetCents ?? 0);
  if (split > input.budgetCents) throw unprocessable('COMPETENCE_SPLIT_ABOVE_BUDGET', 'trainingBudgetCents');
  return db.transaction(async (tx) => {
    const line = await findFundingLineByCode(tx, actor.collaborationId, code);
    if (!line) throw notFound();
    return upsertLineYear(tx, {
      collaborationId: actor.collaborationId,
      fundingLineId: line.id,
      year,
      budgetCents: input.budgetCents,
      targetTrajectories: input.targetTrajectories ?? null,
      capTrajectories: input.capTrajectories ?? null,
      pricePerTrajectoryCents: input.pricePerTrajectoryCents ?? null,
      coordinationBudgetCents: input.coordinationBudgetCents ?? null,
      trainingBudgetCents: input.trainingBudgetCents ?? null,
      countsAs: input.countsAs,
    });
  });
}
