import { describe, expect, it } from 'vitest';
import { memberAge } from './member-age';

describe("a child's age", () => {
  it('counts whole years and months from the birth date', () => {
    expect(memberAge({ birthDate: '2014-05-06', dueDate: null }, '2026-05-05')).toEqual({
      kind: 'born',
      years: 11,
      months: 11,
    });
    expect(memberAge({ birthDate: '2014-05-06', dueDate: null }, '2026-05-06')).toEqual({
      kind: 'born',
      years: 12,
      months: 0,
    });
    expect(memberAge({ birthDate: '2026-01-31', dueDate: null }, '2026-02-28')).toEqual({
      kind: 'born',
      years: 0,
      months: 1,
    });
  });

  it('before birth: weeks to the due date', () => {
    expect(memberAge({ birthDate: null, dueDate: '2026-04-01' }, '2026-03-10')).toEqual({
      kind: 'unborn',
      dueOn: '2026-04-01',
      weeksToGo: 4,
    });
    expect(memberAge({ birthDate: null, dueDate: null }, '2026-03-10')).toEqual({ kind: 'unknown' });
  });
});
