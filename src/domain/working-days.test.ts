import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates';
import {
  addWorkingDays,
  belgianPublicHolidays,
  easterSunday,
  isWorkingDay,
  workingDaysBetween,
} from './working-days';

describe('working days (R4)', () => {
  it('knows Easter and the moving Belgian holidays', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    const h = belgianPublicHolidays(2026);
    expect([...h].sort()).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-25',
      '2026-07-21',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
  });

  it('skips weekends and public holidays', () => {
    expect(isWorkingDay('2026-11-20')).toBe(true); // Friday
    expect(isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-11')).toBe(false); // Armistice Day, a Wednesday
  });

  it('gives the answer date three working days after receipt', () => {
    expect(addWorkingDays('2026-11-16', 3)).toBe('2026-11-19'); // Monday → Thursday
    expect(addWorkingDays('2026-11-19', 3)).toBe('2026-11-24'); // Thursday → Tuesday over the weekend
    expect(addWorkingDays('2026-11-21', 3)).toBe('2026-11-25'); // received on a Saturday
    expect(addWorkingDays('2026-11-09', 3)).toBe('2026-11-13'); // 11 November does not count
    expect(addWorkingDays('2026-12-24', 3)).toBe('2026-12-30'); // Christmas and a weekend
  });

  it('counts the working days a referral has been open', () => {
    expect(workingDaysBetween('2026-11-16', '2026-11-16')).toBe(0);
    expect(workingDaysBetween('2026-11-16', '2026-11-23')).toBe(5);
    expect(workingDaysBetween('2026-11-23', '2026-11-16')).toBe(0);
  });

  it('counts like walking day by day, over any span of years', () => {
    const walk = (from: string, to: string) => {
      let n = 0;
      for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) n += 1;
      return n;
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9000 }), fc.integer({ min: 0, max: 1200 }), (start, span) => {
        const from = addDays('2000-01-01', start);
        return workingDaysBetween(from, addDays(from, span)) === walk(from, addDays(from, span));
      }),
      { numRuns: 300 },
    );
  });
});
