// Money of the funding lines: euro cents (integers), never floats.
//  R6  add-on trajectories: €1,500 each, at most 20.
//  R8  a line that ends: nothing new after the end date, a warning 3 months ahead.
//  R12 what is left of a year's budget is residual money, spent on time-bound pilots.
//  R13 allocation per primary-care zone from population under 25 and deprivation.
import { addMonths, type IsoDate } from './dates';
import { startsCommitment } from './line-money';

export const ADD_ON_LINE = 'addOn';
export const ADD_ON_PRICE_CENTS = 150_000;
export const ADD_ON_CAP = 20;
export const LINE_END_WARNING_MONTHS = 3;

/** R6 (and any line with a cap): may one more trajectory start? */
export function isCapReached(startedThisYear: number, cap: number | null): boolean {
  return cap !== null && startedThisYear >= cap;
}

/** R8: the line ends within three months (and has not ended yet). */
export function isLineEndingSoon(endsOn: IsoDate | null, today: IsoDate): boolean {
  return endsOn !== null && today <= endsOn && endsOn <= addMonths(today, LINE_END_WARNING_MONTHS);
}

// Committed, spent and left of a line's year: domain/line-money.ts (one definition).

export type ZoneAllocationInput = { zoneCode: string; populationUnder25: number; deprivationIndex: number };

/**
 * R13: money per primary-care zone. A zone's weight is its population under 25, scaled by
 * deprivation: weight = population × (1 − w + w × index), with index 1.0 = the Flemish average
 * and the documented weight w = 0.5 (half of the money follows young people, half follows need).
 * Cents are shared by largest remainder, so the zones add up to the budget to the cent.
 */
export const DEPRIVATION_WEIGHT = 0.5;

export function allocateByZone(
  budgetCents: number,
  zones: readonly ZoneAllocationInput[],
  weight = DEPRIVATION_WEIGHT,
): { zoneCode: string; weight: number; amountCents: number }[] {
  const weights = zones.map((z) => ({
    zoneCode: z.zoneCode,
    weight: Math.max(0, z.populationUnder25 * (1 - weight + weight * z.deprivationIndex)),
  }));
  const total = weights.reduce((sum, z) => sum + z.weight, 0);
  if (total === 0) return weights.map((z) => ({ ...z, amountCents: 0 }));
  const exact = weights.map((z) => ({ ...z, exact: (budgetCents * z.weight) / total }));
  const floored = exact.map((z) => ({ ...z, amountCents: Math.floor(z.exact) }));
  let remainder = budgetCents - floored.reduce((sum, z) => sum + z.amountCents, 0);
  const byRemainder = [...floored].sort((a, b) => b.exact - b.amountCents - (a.exact - a.amountCents));
  for (const z of byRemainder) {
    if (remainder <= 0) break;
    z.amountCents += 1;
    remainder -= 1;
  }
  return floored.map(({ zoneCode, weight: w, amountCents }) => ({ zoneCode, weight: w, amountCents }));
}

/** The quarter (1–4) of a date: the steering group gets the add-on trajectories per quarter (R6). */
export function quarterOf(date: IsoDate): 1 | 2 | 3 | 4 {
  return (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

export type QuarterRow = {
  quarter: 1 | 2 | 3 | 4;
  started: number;
  /** Started up to and including this quarter. */
  cumulative: number;
  /** Started × price: what the quarter's starts commit, paid or not (R6: €1,500 each; domain/line-money). */
  committedCents: number | null;
  /** Of the cap, still free after this quarter. */
  capLeft: number | null;
  spentCents: number;
};

/** R6: the year's four quarters for the steering group, with the cap and price of the line. */
export function quarterlyRows(
  startedByQuarter: ReadonlyMap<number, number>,
  spentByQuarter: ReadonlyMap<number, number>,
  line: { capTrajectories: number | null; pricePerTrajectoryCents: number | null },
): QuarterRow[] {
  let cumulative = 0;
  return ([1, 2, 3, 4] as const).map((quarter) => {
    const started = startedByQuarter.get(quarter) ?? 0;
    cumulative += started;
    return {
      quarter,
      started,
      cumulative,
      committedCents: startsCommitment(started, line.pricePerTrajectoryCents),
      capLeft: line.capTrajectories === null ? null : Math.max(0, line.capTrajectories - cumulative),
      spentCents: spentByQuarter.get(quarter) ?? 0,
    };
  });
}
