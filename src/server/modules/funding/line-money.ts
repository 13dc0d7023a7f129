import { lineMoney as defineLineMoney } from '../../../domain/line-money';
import type { Executor } from '../../platform/db/database';
import { spendingTotals } from './funding.repository';
import { lineYearSettings } from './line-year-settings';

/**
 * Starts on a line in a year (domain/line-starts: the year of start). Intake counts them; funding
 * is handed the count (app.ts wires it), since intake already asks funding for its lines.
 */
export type StartsOnLine = (
  db: Executor,
  collaborationId: string,
  fundingLineId: string,
  year: number,
) => Promise<number>;

/**
 * Budget, committed, spent and left of one line in one year (domain/line-money, R6 R12), with
 * the year's settings and the spending by category (R7).
 */
export async function lineMoney(
  db: Executor,
  collaborationId: string,
  fundingLineId: string,
  year: number,
  started: number,
) {
  const settings = await lineYearSettings(db, fundingLineId, year);
  const totals = (await spendingTotals(db, collaborationId, year)).filter(
    (t) => t.fundingLineId === fundingLineId,
  );
  const sum = (status: string) => totals.filter((t) => t.status === status).reduce((s, t) => s + t.cents, 0);
  const spentByCategory: Record<string, number> = {};
  for (const t of totals.filter((t) => t.status === 'spent')) {
    spentByCategory[t.category] = (spentByCategory[t.category] ?? 0) + t.cents;
  }
  return {
    settings,
    spentByCategory,
    ...defineLineMoney({
      budgetCents: settings?.budgetCents ?? 0,
      started,
      pricePerTrajectoryCents: settings?.pricePerTrajectoryCents ?? null,
      bookedCommittedCents: sum('committed'),
      spentCents: sum('spent'),
    }),
  };
}
