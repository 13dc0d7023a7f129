// R5: the family-care line is for families with a child from pregnancy (−9 months) up to and
// including 3 years: a child is eligible until the day before their fourth birthday, and an
// unborn child whose due date lies at most 9 months ahead.
// The project pays at most 12 weeks of care and at most 8 hours a week; the provider contacts
// the family within 5 days of the referral; care past 12 weeks goes on without project money.
// Hours are whole minutes throughout, so no rounding decides what the project pays.
import { addDays, addMonths, daysBetween, type IsoDate } from './dates';

export type ChildDates = { birthDate?: IsoDate | null; dueDate?: IsoDate | null };

/** R5: is this child, on this day, within pregnancy (−9 months) to 3 years included? */
export function isChildEligibleForFamilyCare(child: ChildDates, on: IsoDate): boolean {
  if (child.birthDate) return child.birthDate <= on && on < addMonths(child.birthDate, 48);
  if (child.dueDate) return child.dueDate >= on && child.dueDate <= addMonths(on, 9);
  return false;
}

/** R5: a family qualifies through any one child. */
export function isFamilyEligibleForFamilyCare(children: readonly ChildDates[], on: IsoDate): boolean {
  return children.some((child) => isChildEligibleForFamilyCare(child, on));
}

/** R5: "up to 12 weeks … paid by the project". */
export const FAMILY_CARE_PROJECT_WEEKS = 12;
/** R5: "at most 8 hours a week", in minutes. */
export const FAMILY_CARE_WEEKLY_PROJECT_MINUTES = 8 * 60;
/** R5: "the provider contacts the family within 5 days of the referral" — calendar days. */
export const FAMILY_CARE_FIRST_CONTACT_DAYS = 5;
/** A week has no more minutes than this; more is a typing error, not care. */
export const MINUTES_IN_A_WEEK = 7 * 24 * 60;

// ── Care weeks ────────────────────────────────────────────────────────────────────────────
// R5 counts weeks of care, not calendar weeks: week 1 is the care start date and the six days
// after it, week 2 the next seven, and so on. A start on a Thursday thus runs Thursday to
// Wednesday; the 12 project weeks are exactly 84 days, whatever weekday care starts.

/** R5: the first day of care week `week` (1-based), where its hours start to count. */
export function careWeekStartsOn(startedOn: IsoDate, week: number): IsoDate {
  return addDays(startedOn, (week - 1) * 7);
}

/** R5: the last day of care week `week`: six days after its first. */
export function careWeekEndsOn(startedOn: IsoDate, week: number): IsoDate {
  return addDays(startedOn, week * 7 - 1);
}

/** R5: the care week a date falls in (0 before the start) — how far into the 12 weeks care is. */
export function careWeekOn(startedOn: IsoDate, date: IsoDate): number {
  const days = daysBetween(startedOn, date);
  return days < 0 ? 0 : Math.floor(days / 7) + 1;
}

/** R5: weeks 1 to 12 are the project's; from week 13 care goes on without its money. */
export function isProjectWeek(week: number): boolean {
  return week >= 1 && week <= FAMILY_CARE_PROJECT_WEEKS;
}

export type CareMinutes = { minutes: number; projectMinutes: number; otherMinutes: number };

/**
 * R5: of one week's recorded minutes the project pays at most 8 hours, and nothing from week
 * 13 on; the rest is care recorded as not project-funded.
 */
export function splitCareWeek(week: number, minutes: number): CareMinutes {
  const projectMinutes = isProjectWeek(week) ? Math.min(minutes, FAMILY_CARE_WEEKLY_PROJECT_MINUTES) : 0;
  return { minutes, projectMinutes, otherMinutes: minutes - projectMinutes };
}

/** R5: totals over weeks, each week split on its own (8 hours are a weekly, not an average, cap). */
export function careTotals(weeks: readonly { week: number; minutes: number }[]): CareMinutes {
  return weeks.reduce<CareMinutes>(
    (sum, w) => {
      const split = splitCareWeek(w.week, w.minutes);
      return {
        minutes: sum.minutes + split.minutes,
        projectMinutes: sum.projectMinutes + split.projectMinutes,
        otherMinutes: sum.otherMinutes + split.otherMinutes,
      };
    },
    { minutes: 0, projectMinutes: 0, otherMinutes: 0 },
  );
}

export type CareWeekProblem =
  | { code: 'CARE_WEEK_IN_FUTURE'; field: 'week' }
  | { code: 'CARE_WEEK_MINUTES_TOO_MANY'; field: 'minutes' };

/** R5 counts care given, not planned: hours go on a week that has begun, at most a week's minutes. */
export function checkCareWeek(input: {
  startedOn: IsoDate;
  week: number;
  minutes: number;
  today: IsoDate;
}): CareWeekProblem | null {
  if (careWeekStartsOn(input.startedOn, input.week) > input.today)
    return { code: 'CARE_WEEK_IN_FUTURE', field: 'week' };
  if (input.minutes > MINUTES_IN_A_WEEK) return { code: 'CARE_WEEK_MINUTES_TOO_MANY', field: 'minutes' };
  return null;
}

/**
 * Hours of an ended week are due a few days after it: the provider's timesheet reaches the team
 * by then. Three days is the team's default; no source sets it.
 */
export const CARE_HOURS_DUE_DAYS = 3;

/**
 * R5: the earliest of the 12 project weeks that has ended without hours recorded (a week with
 * 0 minutes recorded counts as recorded), or null. The project pays from these hours, so a missing
 * week is money not accounted for.
 */
export function firstUnrecordedProjectWeek(input: {
  startedOn: IsoDate;
  recordedWeeks: readonly number[];
  today: IsoDate;
}): number | null {
  for (let week = 1; week <= FAMILY_CARE_PROJECT_WEEKS; week += 1) {
    if (careWeekEndsOn(input.startedOn, week) >= input.today) return null;
    if (!input.recordedWeeks.includes(week)) return week;
  }
  return null;
}

// ── First contact ─────────────────────────────────────────────────────────────────────────
export type FirstContactState = 'onTime' | 'late' | 'due' | 'overdue';

export type FirstContactStatus = {
  /** The last day that is still on time: 5 days after the referral. */
  dueOn: IsoDate;
  state: FirstContactState;
  /** Days past `dueOn`: of the contact when late, of today when overdue; else 0. */
  daysLate: number;
};

/**
 * R5: the provider contacts the family within 5 calendar days of the referral: a first contact
 * on day 5 is on time, on day 6 one day late; without a contact it is due until day 5, then overdue.
 */
export function firstContactStatus(input: {
  referredOn: IsoDate;
  firstContactOn: IsoDate | null;
  today: IsoDate;
}): FirstContactStatus {
  const dueOn = addDays(input.referredOn, FAMILY_CARE_FIRST_CONTACT_DAYS);
  if (input.firstContactOn) {
    const daysLate = Math.max(0, daysBetween(dueOn, input.firstContactOn));
    return { dueOn, state: daysLate > 0 ? 'late' : 'onTime', daysLate };
  }
  const daysLate = Math.max(0, daysBetween(dueOn, input.today));
  return { dueOn, state: daysLate > 0 ? 'overdue' : 'due', daysLate };
}

export type FamilyCareDetailsProblem =
  | { code: 'FAMILY_CARE_REFERRED_AFTER_START'; field: 'familyCare.referredOn' }
  | { code: 'FIRST_CONTACT_BEFORE_REFERRAL'; field: 'familyCare.firstContactOn' }
  | { code: 'FIRST_CONTACT_IN_FUTURE'; field: 'familyCare.firstContactOn' };

/** R5: the referral to the provider comes before care starts; the first contact after the referral. */
export function checkFamilyCareDetails(input: {
  startedOn: IsoDate;
  referredOn: IsoDate;
  firstContactOn: IsoDate | null;
  today: IsoDate;
}): FamilyCareDetailsProblem | null {
  if (input.referredOn > input.startedOn)
    return { code: 'FAMILY_CARE_REFERRED_AFTER_START', field: 'familyCare.referredOn' };
  if (input.firstContactOn && input.firstContactOn < input.referredOn)
    return { code: 'FIRST_CONTACT_BEFORE_REFERRAL', field: 'familyCare.firstContactOn' };
  if (input.firstContactOn && input.firstContactOn > input.today)
    return { code: 'FIRST_CONTACT_IN_FUTURE', field: 'familyCare.firstContactOn' };
  return null;
}
