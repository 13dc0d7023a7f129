import { describe, expect, it } from 'vitest';
import { brusselsTimeToInstant } from './meeting-time';

describe('meeting times on the Brussels clock', () => {
  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(brusselsTimeToInstant('2026-01-15', '14:00').toISOString()).toBe('2026-01-15T13:00:00.000Z');
    expect(brusselsTimeToInstant('2026-06-15', '14:00').toISOString()).toBe('2026-06-15T12:00:00.000Z');
  });

  it('is right on the days the clocks change', () => {
    // 29 March 2026: 02:00 → 03:00; 25 October 2026: 03:00 → 02:00
    expect(brusselsTimeToInstant('2026-03-29', '10:00').toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(brusselsTimeToInstant('2026-10-25', '10:00').toISOString()).toBe('2026-10-25T09:00:00.000Z');
    expect(brusselsTimeToInstant('2026-03-28', '23:30').toISOString()).toBe('2026-03-28T22:30:00.000Z');
  });
});
