import { describe, expect, it } from 'vitest';
import {
  documentNeverShownReason,
  type FamilyViewer,
  type FamilyVisibleItem,
  familyMaySee,
  mayHaveOwnAccount,
  type OwnPartContext,
  visibleToFamily,
  wholeFamilyMaySee,
} from './family-visibility';

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

const at = (memberId: string, role: FamilyViewer['role']): FamilyViewer => ({
  memberId,
  role,
  birthDate: null,
  today,
});
const mother = at('mother', 'parent');
const father = at('father', 'parent');
const teen = at('teen', 'child');
const sister = at('sister', 'child');
const owner = (ctx: OwnPartContext) => () => ctx;
const competent = owner({ ownerStanding: 'competentMinor', ownerConsentsToParents: false });
const item = (m: Partial<FamilyVisibleItem>): FamilyVisibleItem => ({ hiddenReason: null, ...m });

describe('never shown (R28): court documents and what the worker withholds', () => {
  it('reach no member and not the view every member shares', () => {
    for (const hiddenReason of ['courtDocument', 'withheldByWorker'])
      for (const viewer of [mother, teen]) {
        expect(familyMaySee(viewer, item({ hiddenReason }), competent)).toBe(false);
        expect(wholeFamilyMaySee(item({ hiddenReason }))).toBe(false);
      }
    expect(wholeFamilyMaySee(item({}))).toBe(true);
  });
});

describe('third-party information (R28): about one parent, kept from the other', () => {
  it('hides the item from the member named only; the shared view leaves it out', () => {
    const aboutMother = item({ notForMemberIds: ['father'] });
    expect(familyMaySee(father, aboutMother)).toBe(false);
    expect(familyMaySee(mother, aboutMother)).toBe(true);
    expect(familyMaySee(teen, aboutMother)).toBe(true);
    expect(wholeFamilyMaySee(aboutMother)).toBe(false);
  });
});

describe("a young person's own part (R27)", () => {
  const own = item({ aboutMemberId: 'teen' });

  it('a 12+ child’s part reaches the parents only with the child’s consent', () => {
    expect(familyMaySee(teen, own, competent)).toBe(true);
    expect(familyMaySee(mother, own, competent)).toBe(false);
    expect(
      familyMaySee(mother, own, owner({ ownerStanding: 'competentMinor', ownerConsentsToParents: true })),
    ).toBe(true);
    // Without facts about the owner, the part stays theirs.
    expect(familyMaySee(mother, own)).toBe(false);
  });

  it('under 12 or assessed not competent, the parents read it; a sister never does', () => {
    const under12 = owner({ ownerStanding: 'child', ownerConsentsToParents: false });
    const assessed = owner({ ownerStanding: 'notCompetent', ownerConsentsToParents: false });
    expect(familyMaySee(mother, own, under12)).toBe(true);
    expect(familyMaySee(mother, own, assessed)).toBe(true);
    expect(familyMaySee(sister, own, under12)).toBe(false);
    expect(wholeFamilyMaySee(own)).toBe(false);
  });
});

describe('R28: a document the family never sees', () => {
  it('is one for the court, or one withheld with a reason; an empty reason withholds nothing', () => {
    expect(documentNeverShownReason({ forCourt: true, withheldReason: null })).toBe('courtDocument');
    expect(documentNeverShownReason({ forCourt: false, withheldReason: 'Over de andere ouder' })).toBe(
      'withheldByWorker',
    );
    expect(documentNeverShownReason({ forCourt: false, withheldReason: '' })).toBeNull();
    expect(documentNeverShownReason({ forCourt: false, withheldReason: null })).toBeNull();
  });
});
