// The money of one funding line in one year, defined once and used by every view, export and
// check: the funding overview, the quarterly view, a line's figures and their CSV, and the pilot
// paid from residual money (R12). Euro cents, integers.
//
//  spent      what the ledger books as spent (cancelled bookings left out).
//  committed  promised but not yet paid. On a line with a price per trajectory (R6: €1,500 an
//             add-on trajectory) every start of the year commits that price; what the ledger
//             books as committed is a promise too. Both describe the same obligations (an add-on
//             trajectory booked as committed is one of the starts), so the larger of the two
//             counts, after what was already paid: max(booked committed, starts × price − spent).
//             The same euro is never counted twice, and a start is never counted as free money.
//  left       budget − spent − committed: what can still be promised. After the year this is the
//             residual money that goes to pilots (R12), less the pilots already paid from it.
//
// "The year" is the year of start (domain/line-starts): starts count in the year intake started
// them, bookings in the year they are booked for.

/** A booking on the ledger: promised (committed) or paid (spent). */
export const BOOKING_STATUSES = ['committed', 'spent'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export type LineMoneyInput = {
  budgetCents: number;
  /** Starts on the line in the year (the year of start). */
  started: number;
  pricePerTrajectoryCents: number | null;
  /** Ledger bookings of the year with status committed, cancelled ones left out. */
  bookedCommittedCents: number;
  /** Ledger bookings of the year with status spent, cancelled ones left out. */
  spentCents: number;
};

export type LineMoney = {
  budgetCents: number;
  started: number;
  /** R6: what the year's starts commit at the line's price (paid or not); null without a price. */
  startsCommittedCents: number | null;
  committedCents: number;
  spentCents: number;
  leftCents: number;
};

/** R6: what starts commit at a price: started × price; null when the line has no price. */
export function startsCommitment(started: number, pricePerTrajectoryCents: number | null): number | null {
  return pricePerTrajectoryCents === null ? null : started * pricePerTrajectoryCents;
}

/** Committed, spent and left of one line in one year (R6 R12). */
export function lineMoney(input: LineMoneyInput): LineMoney {
  const startsCommittedCents = startsCommitment(input.started, input.pricePerTrajectoryCents);
  const unpaidStarts = startsCommittedCents === null ? 0 : startsCommittedCents - input.spentCents;
  const committedCents = Math.max(input.bookedCommittedCents, unpaidStarts, 0);
  return {
    budgetCents: input.budgetCents,
    started: input.started,
    startsCommittedCents,
    committedCents,
    spentCents: input.spentCents,
    leftCents: input.budgetCents - input.spentCents - committedCents,
  };
}

/** R12: what a closed year can still give to pilots: what is left, less earlier pilots from it. */
export function residualForPilots(money: Pick<LineMoney, 'leftCents'>, pilotsCents: number): number {
  return Math.max(0, money.leftCents - pilotsCents);
}
