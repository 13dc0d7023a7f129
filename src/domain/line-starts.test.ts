import { describe, expect, it } from 'vitest';
import { checkTrajectoryOnLine, countsStarts, signalYear } from './line-starts';

const addOn = { targetTrajectories: null, capTrajectories: 20, pricePerTrajectoryCents: 150_000 };
const open = { targetTrajectories: null, capTrajectories: null, pricePerTrajectoryCents: null };

describe('starts on a line (R4 R6)', () => {
  it('a line counts its starts when its year sets a quota, a cap or a price', () => {
    expect(countsStarts(addOn)).toBe(true);
    expect(countsStarts({ ...open, targetTrajectories: 20 })).toBe(true); // R4 crisis quota
    expect(countsStarts(open)).toBe(false);
    expect(countsStarts(null)).toBe(false);
  });

  it('R6: an add-on trajectory needs the referral intake started on the add-on line', () => {
    const check = (
      referralId: string | null,
      refs: { id: string; status: string; fundingLineCode: string }[],
    ) =>
      checkTrajectoryOnLine({ limits: addOn, lineCode: 'addOn', referralId, familyReferrals: refs })?.code ??
      null;
    expect(check(null, [])).toBe('LINE_START_THROUGH_INTAKE');
    expect(check(null, [{ id: 'a', status: 'waitingList', fundingLineCode: 'addOn' }])).toBe(
      'LINE_START_THROUGH_INTAKE',
    );
    expect(check('r', [{ id: 'r', status: 'started', fundingLineCode: 'regular' }])).toBe(
      'LINE_START_THROUGH_INTAKE',
    );
    expect(check(null, [{ id: 'a', status: 'started', fundingLineCode: 'addOn' }])).toBeNull();
    expect(check('a', [{ id: 'a', status: 'started', fundingLineCode: 'addOn' }])).toBeNull();
    // A line without quota, cap or price takes any trajectory.
    expect(
      checkTrajectoryOnLine({ limits: open, lineCode: 'regular', referralId: null, familyReferrals: [] }),
    ).toBeNull();
  });

  it('R4: a signal counts in the year of start, or of receipt when it never started', () => {
    expect(signalYear({ status: 'started', receivedOn: '2025-12-20', decidedOn: '2026-01-05' })).toBe(2026);
    expect(signalYear({ status: 'waitingList', receivedOn: '2025-12-20', decidedOn: '2026-01-05' })).toBe(
      2025,
    );
  });
});
