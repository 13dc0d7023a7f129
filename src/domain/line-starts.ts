// R4 R6: what one start on a funding line is, and in which year it counts.
//
// A start on a line is counted once, where the line's rules are applied: the coordinator's
// decision to start a referral on the line (intake). That is where the crisis quota asks for a
// reason (R4), the add-on cap refuses the 21st (R6) and an ended line refuses (R8). Its year is
// the year of that decision — the year of start — for the count, for the cap, for the money it
// commits at the line's price, and for the over-quota signal it raises.
//
// A trajectory is the help such a start pays for. On a line that counts its starts (a quota, a
// cap or a price in that year) a trajectory therefore needs the family's started referral on
// that line: otherwise a family's trajectories route would start help past the cap or the quota
// that intake refuses.
import type { IsoDate } from './dates';

export type LineYearLimits = {
  targetTrajectories: number | null;
  capTrajectories: number | null;
  pricePerTrajectoryCents: number | null;
};

/** The calendar year a date falls in: "the year" of every count of a line. */
export const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

/** R4 R6: a line's year counts its starts when it sets a quota, a cap or a price per trajectory. */
export function countsStarts(limits: LineYearLimits | null | undefined): boolean {
  return (
    limits != null &&
    (limits.targetTrajectories !== null ||
      limits.capTrajectories !== null ||
      limits.pricePerTrajectoryCents !== null)
  );
}

/**
 * R4 R19: the year an over-quota signal counts in. A started referral went past the quota of the
 * year it started in; one that never started (waiting, refused) signals the year it arrived.
 */
export function signalYear(referral: { status: string; receivedOn: IsoDate; decidedOn: IsoDate | null }) {
  return referral.status === 'started' && referral.decidedOn
    ? yearOf(referral.decidedOn)
    : yearOf(referral.receivedOn);
}

export type TrajectoryLineProblem = { code: 'LINE_START_THROUGH_INTAKE'; field: 'referralId' };

/**
 * R4 R6 on the trajectories route: on a line that counts its starts, a trajectory belongs to a
 * referral of the family that intake started on that line (the named one, or else any).
 */
export function checkTrajectoryOnLine(input: {
  limits: LineYearLimits | null | undefined;
  lineCode: string;
  referralId: string | null;
  familyReferrals: readonly { id: string; status: string; fundingLineCode: string }[];
}): TrajectoryLineProblem | null {
  if (!countsStarts(input.limits)) return null;
  const startedHere = (r: { status: string; fundingLineCode: string }) =>
    r.status === 'started' && r.fundingLineCode === input.lineCode;
  const candidates = input.referralId
    ? input.familyReferrals.filter((r) => r.id === input.referralId)
    : input.familyReferrals;
  return candidates.some(startedHere) ? null : { code: 'LINE_START_THROUGH_INTAKE', field: 'referralId' };
}
