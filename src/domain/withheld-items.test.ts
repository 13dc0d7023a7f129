import { describe, expect, it } from 'vitest';
import { type ItemMarks, mayFamilyRead, NO_MARKS, type OwnPartContext } from './withheld-items';

const mother = { memberId: 'mother', role: 'parent' as const };
const father = { memberId: 'father', role: 'parent' as const };
const teen = { memberId: 'teen', role: 'child' as const };
const sister = { memberId: 'sister', role: 'child' as const };
const context =
  (ctx: OwnPartContext) =>
  (_owner: string): OwnPartContext =>
    ctx;
const competent = context({ ownerStanding: 'competentMinor', ownerConsentsToParents: false });
const marks = (m: Partial<ItemMarks>): ItemMarks => ({ ...NO_MARKS, ...m });

describe('R28: never shown to the family', () => {
  it('a court document and an item the worker withholds reach no member, nor the common view', () => {
    for (const neverShown of ['courtDocument', 'withheldByWorker', 'forCourts', 'harmful'] as const)
      for (const reader of [mother, teen, null])
        expect(mayFamilyRead(marks({ neverShown }), reader, competent)).toBe(false);
  });

  it('an unmarked item reaches everyone', () => {
    for (const reader of [mother, teen, null]) expect(mayFamilyRead(NO_MARKS, reader, competent)).toBe(true);
  });
});

describe('R28: third-party information about one parent is kept from the other', () => {
  it('hides the item from the member named, not from the others; the common view leaves it out', () => {
    const aboutMother = marks({ notForMemberIds: ['father'] });
    expect(mayFamilyRead(aboutMother, father, competent)).toBe(false);
    expect(mayFamilyRead(aboutMother, mother, competent)).toBe(true);
    expect(mayFamilyRead(aboutMother, null, competent)).toBe(false);
  });
});

describe("R27: a young person's own part", () => {
  const own = marks({ ownerMemberId: 'teen' });

  it('a 12+ child’s part reaches the parents only with the child’s consent', () => {
    expect(mayFamilyRead(own, teen, competent)).toBe(true);
    expect(mayFamilyRead(own, mother, competent)).toBe(false);
    const consented = context({ ownerStanding: 'competentMinor', ownerConsentsToParents: true });
    expect(mayFamilyRead(own, mother, consented)).toBe(true);
  });

  it('under 12 or assessed not competent, the parents read it; a sister never does', () => {
    const under12 = context({ ownerStanding: 'child', ownerConsentsToParents: false });
    const assessed = context({ ownerStanding: 'notCompetent', ownerConsentsToParents: false });
    expect(mayFamilyRead(own, mother, under12)).toBe(true);
    expect(mayFamilyRead(own, mother, assessed)).toBe(true);
    expect(mayFamilyRead(own, sister, under12)).toBe(false);
    expect(mayFamilyRead(own, null, under12)).toBe(false);
  });
});
