import { describe, expect, it } from 'vitest';
import { expectedWaitDays } from './expected-wait';

describe('R18: the expected wait from recent throughput', () => {
  it('is the families ahead and the newcomer at the pace of the last quarter', () => {
    // 13 families left in 91 days: one a week. With 3 ahead, the fourth waits four weeks.
    expect(expectedWaitDays(3, 13)).toBe(28);
    expect(expectedWaitDays(0, 13)).toBe(7);
  });

  it('rounds up to whole days: a family is not told it waits less than it will', () => {
    expect(expectedWaitDays(1, 3, 10)).toBe(7); // 6.67 days
  });

  it('has no estimate when nobody left the queue in the window', () => {
    expect(expectedWaitDays(5, 0)).toBeNull();
  });
});
