import { describe, expect, it } from 'vitest';
import { firstStepsFigures, isWithinMonth } from './first-steps';

describe('R26: first conversation and first plan within one month', () => {
  it('a month is on or before the same day a month later (31 January → 28 February)', () => {
    expect(isWithinMonth('2026-01-31', '2026-02-28')).toBe(true);
    expect(isWithinMonth('2026-01-31', '2026-03-01')).toBe(false);
  });

  it('measures each step, on time, overdue and still pending', () => {
    const figures = firstStepsFigures(
      [
        { receivedOn: '2026-01-01', perspectiveConversationOn: '2026-01-11', firstPlanOn: '2026-01-21' },
        { receivedOn: '2026-01-01', perspectiveConversationOn: '2026-02-11', firstPlanOn: null },
        { receivedOn: '2026-02-20', perspectiveConversationOn: null, firstPlanOn: null },
      ],
      '2026-03-01',
    );
    expect(figures.referrals).toBe(3);
    expect(figures.conversation.p90Days).toBeCloseTo(37.9);
    expect(figures.conversation).toMatchObject({
      measured: 2,
      medianDays: 25.5,
      withinMonth: 1,
      overdue: 0,
      pending: 1,
    });
    expect(figures.plan).toMatchObject({
      measured: 1,
      medianDays: 20,
      withinMonth: 1,
      overdue: 1,
      pending: 1,
    });
  });
});
