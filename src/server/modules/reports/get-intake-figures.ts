import type { FiguresQuery, FiguresResponse, LineUseDto } from '../../../contracts/reports';
import { intakeFiguresFromCounts } from '../../../domain/intake-figures';
import { seesSuppressedFigures } from '../../../domain/roles';
import { suppressIntakeFigures } from '../../../domain/suppress-intake-figures';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { unprocessable } from '../../platform/http/app-error';
import { referralFigureCounts } from '../intake';
import { zoneNamesOf } from '../network';
import { getFundingOverview } from './get-funding-overview';

/** A line's money and quota use in a year, from the funding overview of that year. */
async function lineUseOf(db: Db, actor: Actor, code: string, year: number): Promise<LineUseDto | undefined> {
  const line = (await getFundingOverview(db, actor, year)).lines.find((l) => l.code === code);
  if (!line) return undefined;
  return {
    year,
    budgetCents: line.budgetCents,
    startsCommittedCents: line.startsCommittedCents,
    committedCents: line.committedCents,
    spentCents: line.spentCents,
    leftCents: line.leftCents,
    started: line.started,
    targetTrajectories: line.targetTrajectories,
    capTrajectories: line.capTrajectories,
    overQuotaSignals: line.overQuotaSignals,
  };
}

/**
 * Intake figures of a period and line; outside the team, small counts are suppressed with their
 * complements (totals included), so that none follows by subtraction. Figures
 * of one line also carry its spending and quota use in the year the period ends.
 */
export async function getIntakeFigures(db: Db, actor: Actor, query: FiguresQuery): Promise<FiguresResponse> {
  if (query.from && query.to && query.from > query.to) throw unprocessable('VALIDATION_FAILED', 'to');
  const counts = await referralFigureCounts(db, actor, query);
  const exact = intakeFiguresFromCounts(counts, { from: query.from, to: query.to });
  const suppressed = seesSuppressedFigures(actor.roles);
  const figures = suppressed ? suppressIntakeFigures(exact) : exact;
  return {
    ...figures,
    zoneNames: await zoneNamesOf(db, Object.keys(figures.byPrimaryCareZone)),
    ...(query.fundingLine
      ? {
          lineUse: await lineUseOf(
            db,
            actor,
            query.fundingLine,
            Number((query.to ?? actor.clock.today()).slice(0, 4)),
          ),
        }
      : {}),
    suppressed,
    period: { from: query.from ?? null, to: query.to ?? null, fundingLine: query.fundingLine ?? null },
  };
}
