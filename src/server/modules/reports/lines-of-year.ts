import type { Executor } from '../../platform/db/database';
import { lineMoney, listFundingLines } from '../funding';
import { lineUseOfYear } from '../intake';

/**
 * Every funding line in a year with its starts, over-quota signals and money, each defined once
 * (domain/line-starts, domain/line-money), so that the funding overview, the quarterly view, a
 * line's figures and their CSV report the same numbers.
 */
export async function linesOfYear(db: Executor, collaborationId: string, year: number) {
  const lines = await listFundingLines(db, collaborationId);
  const use = await lineUseOfYear(db, collaborationId, year);
  const out = [];
  for (const line of lines) {
    const started = use.get(line.id)?.started ?? 0;
    out.push({
      line,
      started,
      overQuotaSignals: use.get(line.id)?.overQuotaSignals ?? 0,
      money: await lineMoney(db, collaborationId, line.id, year, started),
    });
  }
  return out;
}
