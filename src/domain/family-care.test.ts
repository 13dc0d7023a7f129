import { describe, expect, it } from 'vitest';
import { isChildEligibleForFamilyCare, isFamilyEligibleForFamilyCare } from './family-care';

describe('family-care eligibility (R5)', () => {
  const on = '2026-11-22';
  it('takes a child up to and including 3 years: one who turns 4 tomorrow still counts', () => {
    expect(isChildEligibleForFamilyCare({ birthDate: '2022-11-23' }, on)).toBe(true);
    expect(isChildEligibleForFamilyCare({ birthDate: '2022-11-22' }, on)).toBe(false); // 4 today
    expect(isChildEligibleForFamilyCare({ birthDate: '2021-05-01' }, on)).toBe(false); // 5 years old
  });

  it('takes an unborn child due within 9 months', () => {
    expect(isChildEligibleForFamilyCare({ dueDate: '2027-08-22' }, on)).toBe(true);
    expect(isChildEligibleForFamilyCare({ dueDate: '2027-08-23' }, on)).toBe(false);
    expect(isChildEligibleForFamilyCare({ dueDate: '2026-11-21' }, on)).toBe(false); // a due date in the past is no pregnancy
  });

  it('a family qualifies through any one child; without dates it does not', () => {
    expect(
      isFamilyEligibleForFamilyCare([{ birthDate: '2015-01-01' }, { birthDate: '2025-01-01' }], on),
    ).toBe(true);
    expect(isFamilyEligibleForFamilyCare([{}], on)).toBe(false);
  });
});
