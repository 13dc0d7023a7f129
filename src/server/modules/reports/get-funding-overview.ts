import { type FundingOverviewResponse, SPENDING_CATEGORIES } from '../../../contracts/funding';
import { isLineEndingSoon } from '../../../domain/funding';
import { FAMILY_CARE_LINE } from '../../../domain/funding-lines';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { listPilots } from '../funding';
import { familyCareHoursOfYear } from '../trajectories';
import { linesOfYear } from './lines-of-year';

const isSpendingCategory = (c: string): c is (typeof SPENDING_CATEGORIES)[number] =>
  (SPENDING_CATEGORIES as readonly string[]).includes(c);

/**
 * Every funding line in a year: budget, committed, spent, left (R12), trajectories against the
 * target or cap with over-quota signals (R4 R6), family care's hours paid by the project or not
 * (R5), the competence split (R7), the end warning (R8).
 */
export async function getFundingOverview(
  db: Db,
  actor: Actor,
  year: number,
): Promise<FundingOverviewResponse> {
  const today = actor.clock.today();
  const lines = await linesOfYear(db, actor.collaborationId, year);
  const pilots = await listPilots(db, actor.collaborationId);
  const overview = [];
  for (const { line, started, overQuotaSignals, money } of lines) {
    const s = money.settings;
    const competence =
      s?.coordinationBudgetCents != null || s?.trainingBudgetCents != null
        ? {
            coordination: {
              budgetCents: s?.coordinationBudgetCents ?? 0,
              spentCents: money.spentByCategory.coordination ?? 0,
            },
            training: {
              budgetCents: s?.trainingBudgetCents ?? 0,
              spentCents: money.spentByCategory.training ?? 0,
            },
          }
        : null;
    overview.push({
      code: line.code,
      name: line.name,
      endsOn: line.endsOn,
      isEndingSoon: isLineEndingSoon(line.endsOn, today),
      hasEnded: line.endsOn !== null && line.endsOn < today,
      budgetCents: money.budgetCents,
      startsCommittedCents: money.startsCommittedCents,
      committedCents: money.committedCents,
      spentCents: money.spentCents,
      leftCents: money.leftCents,
      pilotsCents: pilots
        .filter((p) => p.fundingLineId === line.id && p.fromYear === year)
        .reduce((sum, p) => sum + p.amountCents, 0),
      started,
      targetTrajectories: s?.targetTrajectories ?? null,
      capTrajectories: s?.capTrajectories ?? null,
      pricePerTrajectoryCents: s?.pricePerTrajectoryCents ?? null,
      countsAs: (s?.countsAs ?? []).filter(isSpendingCategory),
      overQuotaSignals,
      spentByCategory: money.spentByCategory,
      competence,
      careMinutes:
        line.code === FAMILY_CARE_LINE
          ? await familyCareHoursOfYear(db, actor.collaborationId, line.id, year)
          : null,
    });
  }
  const codeOf = new Map(lines.map(({ line }) => [line.id, line.code]));
  return {
    year,
    isYearClosed: year < Number(today.slice(0, 4)),
    lines: overview,
    pilots: pilots.map((p) => ({
      id: p.id,
      name: p.name,
      fundingLine: codeOf.get(p.fundingLineId) ?? '',
      fromYear: p.fromYear,
      amountCents: p.amountCents,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
    })),
  };
}
