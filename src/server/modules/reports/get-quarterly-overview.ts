import type { QuarterlyOverviewResponse } from '../../../contracts/funding';
import { quarterlyRows } from '../../../domain/funding';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { lineYearSettings, listFundingLines, spendingByQuarter } from '../funding';
import { lineStartsByQuarter } from '../intake';

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
 * adds): per quarter what started, what that commits, what is left of the cap, what was spent.
 */
export async function getQuarterlyOverview(
  db: Db,
  actor: Actor,
  year: number,
): Promise<QuarterlyOverviewResponse> {
  const lines = await listFundingLines(db, actor.collaborationId);
  const starts = await lineStartsByQuarter(db, actor.collaborationId, year);
  const spent = await spendingByQuarter(db, actor.collaborationId, year);
  const out: QuarterlyOverviewResponse['lines'] = [];
  for (const line of lines) {
    const settings = await lineYearSettings(db, line.id, year);
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
    });
  }
  return { year, lines: out };
}
