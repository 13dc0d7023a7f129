import { describe, expect, it } from 'vitest';
import { rankWaiting, waitingFigures } from './waiting-list';

describe('R18: the waiting list', () => {
  const entries = [
    { queue: 'regular', since: '2026-02-10', tiebreak: 'AM-2026-0009' },
    { queue: 'regular', since: '2026-01-05', tiebreak: 'AM-2026-0002' },
    { queue: 'CGG De Brug', since: '2026-01-20', tiebreak: 'x' },
    { queue: 'regular', since: '2026-01-05', tiebreak: 'AM-2026-0001' },
  ];

  it('gives each family its place in its own queue, first come first served', () => {
    const ranked = rankWaiting(entries, '2026-03-01');
    expect(ranked.map((e) => [e.queue, e.tiebreak, e.position, e.waitingDays])).toEqual([
      ['CGG De Brug', 'x', 1, 40],
      ['regular', 'AM-2026-0001', 1, 55],
      ['regular', 'AM-2026-0002', 2, 55],
      ['regular', 'AM-2026-0009', 3, 19],
    ]);
  });

  it('sums up each queue: median, 90th percentile and longest wait', () => {
    const figures = waitingFigures(rankWaiting(entries, '2026-03-01'));
    expect(figures).toEqual([
      { queue: 'CGG De Brug', waiting: 1, medianDays: 40, p90Days: 40, longestDays: 40 },
      { queue: 'regular', waiting: 3, medianDays: 55, p90Days: 55, longestDays: 55 },
    ]);
    expect(waitingFigures([])).toEqual([]);
  });
});
