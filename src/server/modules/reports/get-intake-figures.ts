import type { FiguresQuery, FiguresResponse } from '../../../contracts/reports';
import { computeIntakeFigures } from '../../../domain/intake-figures';
import { seesSuppressedFigures } from '../../../domain/roles';
import { suppressSmallCounts } from '../../../domain/statistics';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { unprocessable } from '../../platform/http/app-error';
import { referralFigureRows } from '../intake';
import { zoneNamesOf } from '../network';

const BREAKDOWNS = [
  'notStartedByReason',
  'receivedByMonth',
  'byRegistrantKind',
  'byReferredThrough',
  'byPrimaryCareZone',
] as const;

/** Intake figures of a period and line; outside the team, small counts are suppressed. */
export async function getIntakeFigures(db: Db, actor: Actor, query: FiguresQuery): Promise<FiguresResponse> {
  if (query.from && query.to && query.from > query.to) throw unprocessable('VALIDATION_FAILED', 'to');
  const rows = await referralFigureRows(db, actor, query);
  const figures = computeIntakeFigures(rows, { from: query.from, to: query.to });
  const suppressed = seesSuppressedFigures(actor.roles);
  const breakdowns = Object.fromEntries(
    BREAKDOWNS.map((key) => [key, suppressed ? suppressSmallCounts(figures[key]) : figures[key]]),
  ) as Pick<FiguresResponse, (typeof BREAKDOWNS)[number]>;
  return {
    ...figures,
    ...breakdowns,
    zoneNames: await zoneNamesOf(db, Object.keys(figures.byPrimaryCareZone)),
    suppressed,
    period: { from: query.from ?? null, to: query.to ?? null, fundingLine: query.fundingLine ?? null },
  };
}
