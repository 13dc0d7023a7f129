import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOverQuota } from './crisis-follow-up';
import {
  ADD_ON_CAP,
  ADD_ON_PRICE_CENTS,
  allocateByZone,
  isCapReached,
  isLineEndingSoon,
  quarterlyRows,
  quarterOf,
} from './funding';

describe('caps and quotas (R4, R6)', () => {
  it('the 20th add-on may start, the 21st not', () => {
    expect(isCapReached(19, ADD_ON_CAP)).toBe(false);
    expect(isCapReached(20, ADD_ON_CAP)).toBe(true);
    expect(isCapReached(500, null)).toBe(false);
  });
  it('a crisis referral past 20 started this year is over quota', () => {
    expect(isOverQuota(19, 20)).toBe(false);
    expect(isOverQuota(20, 20)).toBe(true);
  });
});

describe('a line that ends (R8)', () => {
  it('warns from three months before its end', () => {
    expect(isLineEndingSoon('2026-12-31', '2026-09-30')).toBe(false); // 30/12 is three months ahead
    expect(isLineEndingSoon('2026-12-31', '2026-10-01')).toBe(true); // 01/01 is: the end falls within
    expect(isLineEndingSoon('2026-12-31', '2026-11-22')).toBe(true);
    expect(isLineEndingSoon('2026-12-31', '2027-01-01')).toBe(false);
    expect(isLineEndingSoon(null, '2026-11-22')).toBe(false);
  });
});

describe('allocation per primary-care zone (R13)', () => {
  it('follows population and deprivation', () => {
    const result = allocateByZone(1_000_000, [
      { zoneCode: 'elz57', populationUnder25: 30_000, deprivationIndex: 1 },
      { zoneCode: 'elz29', populationUnder25: 30_000, deprivationIndex: 1.4 },
    ]);
    // weights 30,000 and 30,000 × 1.2 = 36,000
    expect(result).toEqual([
      { zoneCode: 'elz57', weight: 30_000, amountCents: 454_545 },
      { zoneCode: 'elz29', weight: 36_000, amountCents: 545_455 },
    ]);
  });

  it('always adds up to the budget, to the cent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.array(
          fc.record({
            zoneCode: fc.string(),
            populationUnder25: fc.integer({ min: 0, max: 500_000 }),
            deprivationIndex: fc.double({ min: 0, max: 3, noNaN: true }),
          }),
          { minLength: 1, maxLength: 60 },
        ),
        (budget, zones) => {
          const result = allocateByZone(budget, zones);
          const sum = result.reduce((s, z) => s + z.amountCents, 0);
          return (
            result.every((z) => Number.isInteger(z.amountCents) && z.amountCents >= 0) &&
            (sum === budget || result.every((z) => z.weight === 0))
          );
        },
      ),
    );
  });
});

describe('the quarterly overview of add-on trajectories (R6)', () => {
  it('puts a date in its quarter, at the edges of each quarter', () => {
    expect(quarterOf('2026-01-01')).toBe(1);
    expect(quarterOf('2026-03-31')).toBe(1);
    expect(quarterOf('2026-04-01')).toBe(2);
    expect(quarterOf('2026-09-30')).toBe(3);
    expect(quarterOf('2026-10-01')).toBe(4);
    expect(quarterOf('2026-12-31')).toBe(4);
  });

  it('adds up per quarter, commits €1,500 each and shows what is left of the cap of 20', () => {
    const rows = quarterlyRows(
      new Map([
        [1, 6],
        [3, 14],
      ]),
      new Map([[2, 450_000]]),
      { capTrajectories: ADD_ON_CAP, pricePerTrajectoryCents: ADD_ON_PRICE_CENTS },
    );
    expect(rows.map((r) => [r.quarter, r.started, r.cumulative, r.capLeft])).toEqual([
      [1, 6, 6, 14],
      [2, 0, 6, 14],
      [3, 14, 20, 0],
      [4, 0, 20, 0],
    ]);
    expect(rows[0]?.committedCents).toBe(900_000);
    expect(rows[1]?.spentCents).toBe(450_000);
  });

  it('a line without price or cap shows counts only', () => {
    const [q1] = quarterlyRows(new Map([[1, 2]]), new Map(), {
      capTrajectories: null,
      pricePerTrajectoryCents: null,
    });
    expect(q1).toMatchObject({ started: 2, committedCents: null, capLeft: null });
  });
});
