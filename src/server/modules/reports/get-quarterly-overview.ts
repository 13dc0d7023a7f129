import type { QuarterlyOverviewResponse } from '../../../contracts/funding';
import { quarterlyRows } from '../../../domain/funding';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { spendingByQuarter } from '../funding';
import { lineStartsByQuarter } from '../intake';
import { linesOfYear } from './lines-of-year';

/** One line's rows as quarter → value. */
function perQuarter<T extends { fundingLineId: string; quarter: number }>(
  rows: T[],
  lineId: string,
  value: (row: T) => number,
) {
  return new Map(rows.filter((r) => r.fundingLineId === lineId).map((r) => [r.quarter, value(r)]));
}

/**
 * R6: add-on trajectories are reported to the steering group each quarter. Every line that
 * counts trajectories against a cap or a price (add-ons, and any such line a collaboration
 * adds): per quarter what started, what those starts commit at the price, what is left of the
 * cap, what was spent; and the year's committed, spent and left as every other view has them.
 */
export async function getQuarterlyOverview(
  db: Db,
  actor: Actor,
  year: number,
): Promise<QuarterlyOverviewResponse> {
  const lines = await linesOfYear(db, actor.collaborationId, year);
  const starts = await lineStartsByQuarter(db, actor.collaborationId, year);
  const spent = await spendingByQuarter(db, actor.collaborationId, year);
  const out: QuarterlyOverviewResponse['lines'] = [];
  for (const { line, money } of lines) {
    const settings = money.settings;
    const cap = settings?.capTrajectories ?? null;
    const price = settings?.pricePerTrajectoryCents ?? null;
    if (cap === null && price === null) continue;
    out.push({
      code: line.code,
      name: line.name,
      capTrajectories: cap,
      pricePerTrajectoryCents: price,
      quarters: quarterlyRows(
        perQuarter(starts, line.id, (r) => r.started),
        perQuarter(spent, line.id, (r) => r.cents),
        { capTrajectories: cap, pricePerTrajectoryCents: price },
      ),
      year: {
        started: money.started,
        budgetCents: money.budgetCents,
        startsCommittedCents: money.startsCommittedCents,
        committedCents: money.committedCents,
        spentCents: money.spentCents,
        leftCents: money.leftCents,
      },
    });
  }
  return { year, lines: out };
}
