// The intake figures of a period (R4, R9, R13, R26): what the steering group and the funding
// agency ask each quarter. Counted over referrals *received* in the period; the decisions
// counted are those of these referrals, so every figure adds up within one cohort.
import { daysBetween, type IsoDate, monthKey, monthsInRange } from './dates';
import type { ReferralStatus } from './referral-decision';
import { countBy, percentile } from './statistics';

export type ReferralOutcome = ReferralStatus;

export type FigureInput = {
  receivedOn: IsoDate;
  status: ReferralOutcome;
  decidedOn: IsoDate | null;
  notStartedReason: string | null;
  registrantKind: string;
  referredThroughKind: string | null;
  primaryCareZone: string | null;
  overQuota?: boolean;
};

export type IntakeFigures = {
  received: number;
  started: number;
  notStarted: number;
  waiting: number;
  open: number;
  notStartedByReason: Record<string, number>;
  receivedByMonth: Record<string, number>;
  byRegistrantKind: Record<string, number>;
  byReferredThrough: Record<string, number>;
  byPrimaryCareZone: Record<string, number>;
  timeToAnswerDays: { median: number | null; p90: number | null };
  /** R4/R19: referrals received or started past a line's yearly quota, a signal to government. */
  overQuotaSignals: number;
};

/**
 * What the figures are made of, counted where the referrals are (the database, ADR 041) or in
 * code (computeIntakeFigures): counts per status and dimension, the first and last day received,
 * and the median and 90th percentile of the days to an answer (linear interpolation, as
 * PostgreSQL's percentile_cont).
 */
export type IntakeFigureCounts = {
  received: number;
  started: number;
  notStarted: number;
  waiting: number;
  open: number;
  overQuotaSignals: number;
  firstReceivedOn: IsoDate | null;
  lastReceivedOn: IsoDate | null;
  receivedByMonth: Record<string, number>;
  notStartedByReason: Record<string, number>;
  byRegistrantKind: Record<string, number>;
  byReferredThrough: Record<string, number>;
  byPrimaryCareZone: Record<string, number>;
  answerDays: { median: number | null; p90: number | null };
};

/** The counts of no referral at all: where the database's counts are added up from. */
export function noIntakeFigureCounts(): IntakeFigureCounts {
  return {
    received: 0,
    started: 0,
    notStarted: 0,
    waiting: 0,
    open: 0,
    overQuotaSignals: 0,
    firstReceivedOn: null,
    lastReceivedOn: null,
    receivedByMonth: {},
    notStartedByReason: {},
    byRegistrantKind: {},
    byReferredThrough: {},
    byPrimaryCareZone: {},
    answerDays: { median: null, p90: null },
  };
}

/** The figures of a period from its counts: every month shown, answer times to a tenth of a day. */
export function intakeFiguresFromCounts(
  counts: IntakeFigureCounts,
  period: { from?: IsoDate | null; to?: IsoDate | null } = {},
): IntakeFigures {
  const from = period.from ?? counts.firstReceivedOn;
  const to = period.to ?? counts.lastReceivedOn;
  // Every month of the period is shown, also the empty ones: a quiet month is a figure too.
  const receivedByMonth: Record<string, number> = {};
  if (from && to && from <= to) for (const key of monthsInRange(from, to)) receivedByMonth[key] = 0;
  for (const [key, n] of Object.entries(counts.receivedByMonth).sort(([a], [b]) => (a < b ? -1 : 1))) {
    receivedByMonth[key] = (receivedByMonth[key] ?? 0) + n;
  }
  const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
  return {
    received: counts.received,
    started: counts.started,
    notStarted: counts.notStarted,
    waiting: counts.waiting,
    open: counts.open,
    notStartedByReason: counts.notStartedByReason,
    receivedByMonth,
    byRegistrantKind: counts.byRegistrantKind,
    byReferredThrough: counts.byReferredThrough,
    byPrimaryCareZone: counts.byPrimaryCareZone,
    timeToAnswerDays: { median: round(counts.answerDays.median), p90: round(counts.answerDays.p90) },
    overQuotaSignals: counts.overQuotaSignals,
  };
}

/** The counts of a list of referrals, in code: the definition the database's counts must match. */
export function countIntakeFigures(referrals: readonly FigureInput[]): IntakeFigureCounts {
  const dates = referrals.map((r) => r.receivedOn).sort();
  const receivedByMonth: Record<string, number> = {};
  for (const r of referrals) {
    const key = monthKey(r.receivedOn);
    receivedByMonth[key] = (receivedByMonth[key] ?? 0) + 1;
  }
  // R4: the time to answer runs from receipt to the decision, in calendar days.
  const answerDays = referrals
    .filter((r) => r.decidedOn !== null)
    .map((r) => daysBetween(r.receivedOn, r.decidedOn as IsoDate));
  return {
    received: referrals.length,
    started: referrals.filter((r) => r.status === 'started').length,
    notStarted: referrals.filter((r) => r.status === 'notStarted').length,
    waiting: referrals.filter((r) => r.status === 'waitingList').length,
    open: referrals.filter((r) => r.status === 'received').length,
    overQuotaSignals: referrals.filter((r) => r.overQuota).length,
    firstReceivedOn: dates[0] ?? null,
    lastReceivedOn: dates[dates.length - 1] ?? null,
    receivedByMonth,
    notStartedByReason: countBy(
      referrals.filter((r) => r.status === 'notStarted'),
      (r) => r.notStartedReason,
    ),
    byRegistrantKind: countBy(referrals, (r) => r.registrantKind),
    // R9: the partner or initiative the family came through, apart from who registered it.
    byReferredThrough: countBy(referrals, (r) => r.referredThroughKind),
    byPrimaryCareZone: countBy(referrals, (r) => r.primaryCareZone),
    answerDays: { median: percentile(answerDays, 0.5), p90: percentile(answerDays, 0.9) },
  };
}

export function computeIntakeFigures(
  referrals: readonly FigureInput[],
  period: { from?: IsoDate | null; to?: IsoDate | null } = {},
): IntakeFigures {
  return intakeFiguresFromCounts(countIntakeFigures(referrals), period);
}
