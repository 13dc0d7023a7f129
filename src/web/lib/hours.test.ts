import { describe, expect, it } from 'vitest';
import { minutesToHoursInput, parseHoursInput } from './hours';

describe('care hours as people type them (decimal comma)', () => {
  it.each([
    ['2,5', 150],
    ['8', 480],
    ['8,25', 495],
    ['9', 540],
    ['0,25', 15],
    ['0,1', 6],
    ['0,83', 50],
    ['2.5', 150],
    [' 3 u ', 180],
    ['0', 0],
  ])('%s → %i minutes', (typed, minutes) => {
    expect(parseHoursInput(typed)).toBe(minutes);
  });

  it.each(['', 'acht', '2,555', '-1', '2:30', '1.000'])('refuses %j', (typed) => {
    expect(parseHoursInput(typed)).toBeNull();
  });

  it('shows minutes back the way they are typed, and round-trips what was typed', () => {
    expect(minutesToHoursInput(150)).toBe('2,5');
    expect(minutesToHoursInput(495)).toBe('8,25');
    expect(minutesToHoursInput(480)).toBe('8');
    expect(minutesToHoursInput(50)).toBe('0,83');
    expect(minutesToHoursInput(null)).toBe('');
    for (const typed of ['2,5', '8,25', '0,83', '12', '0,1'])
      expect(minutesToHoursInput(parseHoursInput(typed))).toBe(typed);
  });
});
