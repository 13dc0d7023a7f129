import { describe, expect, it } from 'vitest';
import { lineMoney, residualForPilots } from './line-money';

const addOnYear = { budgetCents: 3_000_000, pricePerTrajectoryCents: 150_000, bookedCommittedCents: 0 };

describe('the money of a line in a year (R6 R12)', () => {
  it('R6: every add-on start commits €1,500, also when nothing is booked yet', () => {
    expect(lineMoney({ ...addOnYear, started: 20, spentCents: 0 })).toEqual({
      budgetCents: 3_000_000,
      started: 20,
      startsCommittedCents: 3_000_000,
      committedCents: 3_000_000,
      spentCents: 0,
      leftCents: 0,
    });
  });

  it('R6: what is paid for the started trajectories is spent, no longer committed — never both', () => {
    const money = lineMoney({ ...addOnYear, started: 5, spentCents: 600_000 });
    expect(money).toMatchObject({
      startsCommittedCents: 750_000,
      committedCents: 150_000,
      spentCents: 600_000,
    });
    expect(money.leftCents).toBe(3_000_000 - 750_000);
  });

  it('a commitment booked in the ledger and the same start are counted once', () => {
    expect(
      lineMoney({ ...addOnYear, started: 2, spentCents: 0, bookedCommittedCents: 300_000 }),
    ).toMatchObject({
      committedCents: 300_000,
      leftCents: 2_700_000,
    });
    // Bookings beyond the starts' price are promises too.
    expect(
      lineMoney({ ...addOnYear, started: 1, spentCents: 0, bookedCommittedCents: 400_000 }).committedCents,
    ).toBe(400_000);
  });

  it('a line without a price: committed and spent are the ledger’s', () => {
    expect(
      lineMoney({
        budgetCents: 4_000_000,
        started: 12,
        pricePerTrajectoryCents: null,
        bookedCommittedCents: 300_000,
        spentCents: 1_000_050,
      }),
    ).toEqual({
      budgetCents: 4_000_000,
      started: 12,
      startsCommittedCents: null,
      committedCents: 300_000,
      spentCents: 1_000_050,
      leftCents: 2_699_950,
    });
  });

  it('R12: a pilot gets only what is left, less earlier pilots — never money committed to starts', () => {
    const money = lineMoney({ ...addOnYear, started: 20, spentCents: 0 });
    expect(residualForPilots(money, 0)).toBe(0);
    const half = lineMoney({ ...addOnYear, started: 10, spentCents: 0 });
    expect(residualForPilots(half, 500_000)).toBe(1_000_000);
    expect(residualForPilots(half, 2_000_000)).toBe(0);
  });
});
