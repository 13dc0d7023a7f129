import { describe, expect, it } from 'vitest';
import { type FamilyViewer, mayHaveOwnAccount, visibleToFamily } from './family-visibility';

const today = '2026-12-07';
const child = (birthDate: string | null) => ({ role: 'child' as const, birthDate, dueDate: null });

describe('own account (R27)', () => {
  it('a parent may have one, a child from its 12th birthday, not before and not without a birth date', () => {
    expect(mayHaveOwnAccount({ role: 'parent', birthDate: null, dueDate: null }, today)).toBe(true);
    expect(mayHaveOwnAccount(child('2014-12-07'), today)).toBe(true);
    expect(mayHaveOwnAccount(child('2014-12-08'), today)).toBe(false);
    expect(mayHaveOwnAccount(child(null), today)).toBe(false);
    expect(mayHaveOwnAccount({ role: 'other', birthDate: '1980-01-01', dueDate: null }, today)).toBe(false);
  });
});

describe('what the family sees (R28)', () => {
  const viewer: FamilyViewer = { memberId: 'm1', role: 'parent', birthDate: null, today };
  it('leaves out everything the worker marked, whatever the reason, and keeps the order', () => {
    const items = [
      { id: 1, hiddenReason: null },
      { id: 2, hiddenReason: 'thirdPartyConfidential' },
      { id: 3, hiddenReason: 'forCourts' },
      { id: 4, hiddenReason: null },
    ];
    expect(visibleToFamily(viewer, items).map((i) => i.id)).toEqual([1, 4]);
  });
});
