import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, monthsInRange, parseIsoDate, todayIso } from './dates';

describe('calendar dates', () => {
  it('adds months clamping to the end of the month (R1: 31 January + 4 months = 31 May)', () => {
    expect(addMonths('2026-01-31', 4)).toBe('2026-05-31');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-10-15', 1)).toBe('2026-11-15');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('counts days across daylight-saving changes without drift', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
  });

  it('refuses what is not a calendar date', () => {
    expect(() => parseIsoDate('2026-02-30')).toThrow(RangeError);
    expect(() => parseIsoDate('15/10/2026')).toThrow(RangeError);
  });

  it('takes today in Brussels, not in UTC', () => {
    expect(todayIso(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayIso(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });

  it('lists every month of a range', () => {
    expect(monthsInRange('2026-11-20', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });

  it('adding days and counting them back agree', () => {
    fc.assert(
      fc.property(fc.integer({ min: -4000, max: 4000 }), fc.integer({ min: 0, max: 20000 }), (n, base) => {
        const start = addDays('2000-01-01', base);
        return daysBetween(start, addDays(start, n)) === n;
      }),
    );
  });
});
