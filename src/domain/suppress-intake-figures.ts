// The intake figures as readers outside the team get them (steering group, employers,
// partners, CSV exports, frozen snapshots): small counts hidden with their complements, so that
// no hidden count follows from the totals and the other breakdowns of the same figures.
import type { IntakeFigures } from './intake-figures';
import {
  type CountSum,
  type CountTable,
  isSmallCount,
  SMALL_COUNT_THRESHOLD,
  suppressSmallCounts,
} from './suppress-small-counts';

const OUTCOMES = ['started', 'notStarted', 'waiting', 'open'] as const;
const TOTALS = ['received', ...OUTCOMES, 'overQuotaSignals'] as const;
const BREAKDOWNS = {
  receivedByMonth: 'received',
  notStartedByReason: 'notStarted',
  byRegistrantKind: 'received',
  byReferredThrough: 'received',
  byPrimaryCareZone: 'received',
} as const;

type Totals = (typeof TOTALS)[number];
type Breakdown = keyof typeof BREAKDOWNS;
/** The counts a reader sees: null where hidden. */
export type PublishedIntakeFigures = Omit<IntakeFigures, Totals | Breakdown> & {
  [K in Totals]: number | null;
} & { [K in Breakdown]: Record<string, number | null> };

/** The figures as one table of counts and the sums between them that a reader knows. */
export function intakeFiguresTable(
  figures: { [K in Totals]: number } & { [K in Breakdown]: Record<string, number> },
): CountTable {
  const cells: Record<string, number> = {};
  const sums: CountSum[] = [];
  const unpublished: string[] = [];
  for (const key of TOTALS) cells[key] = figures[key];
  sums.push({ total: 'received', parts: [...OUTCOMES] });
  // Referrals not over quota are not published, but follow from received − signals.
  cells['overQuotaSignals~rest'] = Math.max(0, figures.received - figures.overQuotaSignals);
  unpublished.push('overQuotaSignals~rest');
  sums.push({ total: 'received', parts: ['overQuotaSignals', 'overQuotaSignals~rest'] });
  for (const [breakdown, total] of Object.entries(BREAKDOWNS) as [Breakdown, Totals][]) {
    const parts = Object.entries(figures[breakdown]).map(([key, n]) => {
      cells[`${breakdown}:${key}`] = n;
      return `${breakdown}:${key}`;
    });
    // What a breakdown does not count (no zone recorded, no partner it came through) is the
    // remainder of its total: unpublished, yet derivable when all else is shown.
    const rest = figures[total] - Object.values(figures[breakdown]).reduce((a, b) => a + b, 0);
    cells[`${breakdown}~rest`] = Math.max(0, rest);
    unpublished.push(`${breakdown}~rest`);
    sums.push({ total, parts: [...parts, `${breakdown}~rest`] });
  }
  return { cells, sums, unpublished };
}

/**
 * Hides small counts and their complements; a median or 90th percentile of fewer than 5 answer
 * times is hidden too (with 1 value it is that family's answer time).
 */
export function suppressIntakeFigures<F extends IntakeFigures>(
  figures: F,
): Omit<F, Totals | Breakdown | 'timeToAnswerDays'> & PublishedIntakeFigures {
  const { hidden } = suppressSmallCounts(intakeFiguresTable(figures));
  const shown = (id: string, n: number) => (hidden.has(id) ? null : n);
  const out: Record<string, unknown> = { ...figures };
  for (const key of TOTALS) out[key] = shown(key, figures[key]);
  for (const breakdown of Object.keys(BREAKDOWNS) as Breakdown[])
    out[breakdown] = Object.fromEntries(
      Object.entries(figures[breakdown]).map(([key, n]) => [key, shown(`${breakdown}:${key}`, n)]),
    );
  // Answered referrals are all but the open ones (the answer times counted).
  const answered = figures.received - figures.open;
  out.timeToAnswerDays = isSmallCount(answered, SMALL_COUNT_THRESHOLD)
    ? { median: null, p90: null }
    : figures.timeToAnswerDays;
  return out as Omit<F, Totals | Breakdown | 'timeToAnswerDays'> & PublishedIntakeFigures;
}
