// R26, the public promise of 1G1P: a perspective-giving conversation within one month of the
// referral — and, as this team promises too, a first family plan within that month.
import { addMonths, daysBetween, type IsoDate } from './dates';
import { percentile } from './statistics';

export type FirstStepsInput = {
  receivedOn: IsoDate;
  perspectiveConversationOn: IsoDate | null;
  firstPlanOn: IsoDate | null;
};

export type StepFigures = {
  /** Referrals where the step happened. */
  measured: number;
  medianDays: number | null;
  p90Days: number | null;
  withinMonth: number;
  /** Not happened yet and already past the month. */
  overdue: number;
  /** Not happened yet, still within the month. */
  pending: number;
};

/** The step is on time when it happens on or before the same day one month later. */
export function isWithinMonth(receivedOn: IsoDate, happenedOn: IsoDate): boolean {
  return happenedOn <= addMonths(receivedOn, 1);
}

function stepFigures(
  rows: readonly FirstStepsInput[],
  step: (r: FirstStepsInput) => IsoDate | null,
  today: IsoDate,
) {
  const days: number[] = [];
  let withinMonth = 0;
  let overdue = 0;
  let pending = 0;
  for (const row of rows) {
    const on = step(row);
    if (on) {
      days.push(Math.max(0, daysBetween(row.receivedOn, on)));
      if (isWithinMonth(row.receivedOn, on)) withinMonth += 1;
    } else if (today > addMonths(row.receivedOn, 1)) overdue += 1;
    else pending += 1;
  }
  return {
    measured: days.length,
    medianDays: percentile(days, 0.5),
    p90Days: percentile(days, 0.9),
    withinMonth,
    overdue,
    pending,
  } satisfies StepFigures;
}

export function firstStepsFigures(rows: readonly FirstStepsInput[], today: IsoDate) {
  return {
    referrals: rows.length,
    conversation: stepFigures(rows, (r) => r.perspectiveConversationOn, today),
    plan: stepFigures(rows, (r) => r.firstPlanOn, today),
  };
}
