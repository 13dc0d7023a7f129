// What a family member may read of an item of their file (R27, R28). Pure rules: the portal's
// visibility filter applies them to every item of every family view, copy and export.
import type { Standing } from './minors';
import { hasOwnRights } from './minors';

/**
 * R28: marks that keep an item from every family member: the existing marks on a contact (a third
 * party's confidence, about another person, harmful to the minor, for the courts), a document for
 * the court, and an item the worker withholds, with the reason.
 */
export const NEVER_SHOWN_REASONS = [
  'thirdPartyConfidential',
  'aboutOtherPerson',
  'harmful',
  'forCourts',
  'courtDocument',
  'withheldByWorker',
] as const;
export type NeverShownReason = (typeof NEVER_SHOWN_REASONS)[number];

export type ItemMarks = {
  /** R28: kept from every family member. */
  neverShown: NeverShownReason | null;
  /** R27: a young person's own part (what they told, their own help). */
  ownerMemberId: string | null;
  /** Third-party information (R28): about or from one member, not for these members (e.g. the other parent). */
  notForMemberIds: readonly string[];
};

export const NO_MARKS: ItemMarks = { neverShown: null, ownerMemberId: null, notForMemberIds: [] };

/** The family member reading, and where the owner of a young person's part stands (R27). */
export type Reader = { memberId: string; role: 'child' | 'parent' | 'other' };

export type OwnPartContext = {
  /** The owner's standing on the day of the read (minors.ts). */
  ownerStanding: Standing;
  /** Whether the owner's consent to the parents holds today (consent.ts, recipient `parents`). */
  ownerConsentsToParents: boolean;
};

/**
 * R27: a young person's own part is theirs; a parent reads it when the young person has no rights
 * of their own (under 12, assessed not competent) or has consented to the parents. Brothers,
 * sisters and other members never read it. An unknown age counts as competent: the part stays theirs.
 */
export function mayReadOwnPart(reader: Reader, ownerMemberId: string, context: OwnPartContext): boolean {
  if (reader.memberId === ownerMemberId) return true;
  if (reader.role !== 'parent') return false;
  if (context.ownerStanding === 'child' || context.ownerStanding === 'notCompetent') return true;
  if (hasOwnRights(context.ownerStanding) || context.ownerStanding === 'ageUnknown')
    return context.ownerConsentsToParents;
  return false;
}

/**
 * Whether `reader` sees the item; `reader` null is the view common to the whole family (the
 * worker's preview, the printed family plan): it shows only what every member may read.
 */
export function mayFamilyRead(
  marks: ItemMarks,
  reader: Reader | null,
  ownPart: (ownerMemberId: string) => OwnPartContext,
): boolean {
  if (marks.neverShown !== null) return false;
  if (reader === null) return marks.ownerMemberId === null && marks.notForMemberIds.length === 0;
  if (marks.notForMemberIds.includes(reader.memberId)) return false;
  if (marks.ownerMemberId !== null)
    return mayReadOwnPart(reader, marks.ownerMemberId, ownPart(marks.ownerMemberId));
  return true;
}
