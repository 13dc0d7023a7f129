import { moneyLeft } from '../../../domain/funding';
import type { Executor } from '../../platform/db/database';
import { spendingTotals } from './funding.repository';
import { lineYearSettings } from './line-year-settings';

export type LineMoney = Awaited<ReturnType<typeof lineMoney>>;

/** Budget, committed, spent and left of one line in one year, spending by category (R7 R12). */
export async function lineMoney(db: Executor, collaborationId: string, fundingLineId: string, year: number) {
  const settings = await lineYearSettings(db, fundingLineId, year);
  const totals = (await spendingTotals(db, collaborationId, year)).filter(
    (t) => t.fundingLineId === fundingLineId,
  );
  const sum = (status: string) => totals.filter((t) => t.status === status).reduce((s, t) => s + t.cents, 0);
  const spentByCategory: Record<string, number> = {};
  for (const t of totals.filter((t) => t.status === 'spent')) {
    spentByCategory[t.category] = (spentByCategory[t.category] ?? 0) + t.cents;
  }
  const budgetCents = settings?.budgetCents ?? 0;
  const committedCents = sum('committed');
  const spentCents = sum('spent');
  return {
    settings,
    budgetCents,
    committedCents,
    spentCents,
    spentByCategory,
    ...moneyLeft({ budgetCents, committedCents, spentCents }),
  };
}
