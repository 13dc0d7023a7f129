import { describe, expect, it } from 'vitest';
import {
  careTotals,
  careWeekEndsOn,
  careWeekOn,
  careWeekStartsOn,
  checkCareWeek,
  checkFamilyCareDetails,
  FAMILY_CARE_WEEKLY_PROJECT_MINUTES,
  firstContactStatus,
  firstUnrecordedProjectWeek,
  isChildEligibleForFamilyCare,
  isFamilyEligibleForFamilyCare,
  MINUTES_IN_A_WEEK,
  splitCareWeek,
} from './family-care';

describe('family-care eligibility (R5)', () => {
  const on = '2026-11-22';
  it('takes a child up to and including 3 years: one who turns 4 tomorrow still counts', () => {
    expect(isChildEligibleForFamilyCare({ birthDate: '2022-11-23' }, on)).toBe(true);
    expect(isChildEligibleForFamilyCare({ birthDate: '2022-11-22' }, on)).toBe(false); // 4 today
    expect(isChildEligibleForFamilyCare({ birthDate: '2021-05-01' }, on)).toBe(false); // 5 years old
  });

  it('takes an unborn child due within 9 months', () => {
    expect(isChildEligibleForFamilyCare({ dueDate: '2027-08-22' }, on)).toBe(true); // exactly 9 months
    expect(isChildEligibleForFamilyCare({ dueDate: '2027-08-23' }, on)).toBe(false);
    expect(isChildEligibleForFamilyCare({ dueDate: '2026-11-21' }, on)).toBe(false); // a due date in the past is no pregnancy
  });

  it('a family qualifies through any one child; without dates it does not', () => {
    expect(
      isFamilyEligibleForFamilyCare([{ birthDate: '2015-01-01' }, { birthDate: '2025-01-01' }], on),
    ).toBe(true);
    expect(isFamilyEligibleForFamilyCare([{}], on)).toBe(false);
  });
});

describe('care weeks counted from the care start (R5)', () => {
  const startedOn = '2026-09-03'; // a Thursday
  it('week 1 is the start date and the six days after; week 2 starts on day 8', () => {
    expect([careWeekStartsOn(startedOn, 1), careWeekEndsOn(startedOn, 1)]).toEqual([
      '2026-09-03',
      '2026-09-09',
    ]);
    expect(careWeekStartsOn(startedOn, 2)).toBe('2026-09-10');
    expect(careWeekEndsOn(startedOn, 12)).toBe('2026-11-25'); // 84 days of project care
    expect(careWeekStartsOn(startedOn, 13)).toBe('2026-11-26');
  });

  it('tells the week of a date; before the start is week 0', () => {
    expect(careWeekOn(startedOn, '2026-09-02')).toBe(0);
    expect(careWeekOn(startedOn, '2026-09-03')).toBe(1);
    expect(careWeekOn(startedOn, '2026-09-09')).toBe(1);
    expect(careWeekOn(startedOn, '2026-09-10')).toBe(2);
    expect(careWeekOn(startedOn, '2026-11-25')).toBe(12);
    expect(careWeekOn(startedOn, '2026-11-26')).toBe(13);
  });

  it('records hours only for a week that has begun, and no more than a week holds', () => {
    const check = (week: number, minutes = 60, today = '2026-09-10') =>
      checkCareWeek({ startedOn, week, minutes, today });
    expect(check(2)).toBeNull(); // week 2 begins today
    expect(check(3)).toEqual({ code: 'CARE_WEEK_IN_FUTURE', field: 'week' });
    expect(check(1, MINUTES_IN_A_WEEK)).toBeNull();
    expect(check(1, MINUTES_IN_A_WEEK + 1)?.code).toBe('CARE_WEEK_MINUTES_TOO_MANY');
  });
});

describe('what the project pays of a week (R5: 8 hours a week, 12 weeks)', () => {
  it('pays exactly 8 hours in full; of 8h15 the quarter is not project-funded', () => {
    expect(FAMILY_CARE_WEEKLY_PROJECT_MINUTES).toBe(480);
    expect(splitCareWeek(2, 480)).toEqual({ minutes: 480, projectMinutes: 480, otherMinutes: 0 });
    expect(splitCareWeek(2, 495)).toEqual({ minutes: 495, projectMinutes: 480, otherMinutes: 15 });
    expect(splitCareWeek(2, 0)).toEqual({ minutes: 0, projectMinutes: 0, otherMinutes: 0 });
  });

  it('pays week 12; not one minute of week 13', () => {
    expect(splitCareWeek(12, 300)).toEqual({ minutes: 300, projectMinutes: 300, otherMinutes: 0 });
    expect(splitCareWeek(13, 300)).toEqual({ minutes: 300, projectMinutes: 0, otherMinutes: 300 });
  });

  it('adds up weeks each split on its own: a short week does not make room for a long one', () => {
    expect(
      careTotals([
        { week: 1, minutes: 120 },
        { week: 2, minutes: 540 },
        { week: 13, minutes: 60 },
      ]),
    ).toEqual({ minutes: 720, projectMinutes: 600, otherMinutes: 120 });
    expect(careTotals([])).toEqual({ minutes: 0, projectMinutes: 0, otherMinutes: 0 });
  });
});

describe('the provider’s first contact within 5 days of the referral (R5)', () => {
  const referredOn = '2026-11-02';
  it('on day 5 is on time, on day 6 one day late', () => {
    expect(firstContactStatus({ referredOn, firstContactOn: '2026-11-07', today: '2026-11-20' })).toEqual({
      dueOn: '2026-11-07',
      state: 'onTime',
      daysLate: 0,
    });
    expect(firstContactStatus({ referredOn, firstContactOn: '2026-11-08', today: '2026-11-20' })).toEqual({
      dueOn: '2026-11-07',
      state: 'late',
      daysLate: 1,
    });
    expect(firstContactStatus({ referredOn, firstContactOn: referredOn, today: referredOn }).state).toBe(
      'onTime',
    );
  });

  it('without a contact: due up to day 5, overdue from day 6', () => {
    expect(firstContactStatus({ referredOn, firstContactOn: null, today: '2026-11-07' })).toEqual({
      dueOn: '2026-11-07',
      state: 'due',
      daysLate: 0,
    });
    expect(firstContactStatus({ referredOn, firstContactOn: null, today: '2026-11-10' })).toEqual({
      dueOn: '2026-11-07',
      state: 'overdue',
      daysLate: 3,
    });
  });

  it('the referral comes before care starts, and the first contact after the referral and not later than today', () => {
    const check = (referredOn: string, firstContactOn: string | null) =>
      checkFamilyCareDetails({ startedOn: '2026-11-05', referredOn, firstContactOn, today: '2026-11-10' });
    expect(check('2026-11-05', '2026-11-10')).toBeNull();
    expect(check('2026-11-06', null)?.code).toBe('FAMILY_CARE_REFERRED_AFTER_START');
    expect(check('2026-11-02', '2026-11-01')?.code).toBe('FIRST_CONTACT_BEFORE_REFERRAL');
    expect(check('2026-11-02', '2026-11-11')?.code).toBe('FIRST_CONTACT_IN_FUTURE');
  });
});

describe('hours of ended project weeks are due (R5)', () => {
  // Care starts on Thursday 05/11/2026: week 1 runs to Wednesday 11/11, week 12 ends 27/01/2027.
  const first = (recordedWeeks: number[], today: string) =>
    firstUnrecordedProjectWeek({ startedOn: '2026-11-05', recordedWeeks, today });

  it('asks nothing while the first week runs, and week 1 the day after it ends', () => {
    expect(first([], '2026-11-11')).toBeNull();
    expect(first([], '2026-11-12')).toBe(1);
  });

  it('points at the earliest ended week without hours; a week with 0 minutes recorded is recorded', () => {
    expect(first([1, 3], '2026-11-30')).toBe(2);
    expect(first([1, 2, 3], '2026-11-30')).toBeNull();
  });

  it('stops after week 12: later care is recorded, but not reminded', () => {
    const all = Array.from({ length: 12 }, (_, i) => i + 1);
    expect(first(all, '2027-06-01')).toBeNull();
    expect(first(all.slice(0, 11), '2027-06-01')).toBe(12);
  });
});
