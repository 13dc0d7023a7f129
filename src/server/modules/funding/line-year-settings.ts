import type { Executor } from '../../platform/db/database';
import { findLineYearOnOrBefore } from './funding.repository';

export type LineYearSettings = {
  budgetCents: number;
  targetTrajectories: number | null;
  capTrajectories: number | null;
  pricePerTrajectoryCents: number | null;
  coordinationBudgetCents: number | null;
  trainingBudgetCents: number | null;
  countsAs: string[];
};

/**
 * A line's settings for a year. Quotas, caps and prices carry forward from the last year that
 * set them (a cap of 20 add-ons does not vanish on 1 January); the budget is the year's own.
 */
export async function lineYearSettings(
  db: Executor,
  fundingLineId: string,
  year: number,
): Promise<LineYearSettings | null> {
  const row = await findLineYearOnOrBefore(db, fundingLineId, year);
  if (!row) return null;
  return { ...row, budgetCents: row.year === year ? row.budgetCents : 0 };
}
