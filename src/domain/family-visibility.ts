// What a family member may see of its own file: the ONE place that decides it (issue 13).
// Every portal read, every copy and every export filters through these functions; a rule about
// what a family sees is added here, with its number, and nowhere else.
import type { IsoDate } from './dates';
import { memberAge } from './member-age';
import { hasOwnRights, type Standing } from './minors';

/** R27: from this age a young person is presumed competent and may have an own account. */
export const OWN_ACCOUNT_FROM_AGE = 12;

type MemberFacts = { role: 'parent' | 'child' | 'other'; birthDate: IsoDate | null; dueDate: IsoDate | null };

/**
 * R27: who may get their own account. A parent always; a child from 12 (by birth date: a child
 * without one is not invited until the worker records it); under 12 the parents exercise the rights.
 */
export function mayHaveOwnAccount(member: MemberFacts, today: IsoDate): boolean {
  if (member.role === 'parent') return true;
  if (member.role !== 'child') return false;
  const age = memberAge(member, today);
  return age.kind === 'born' && age.years >= OWN_ACCOUNT_FROM_AGE;
}

/** Who is looking: the signed-in member of the family (the family actor's principal) as of today. */
export type FamilyViewer = {
  memberId: string;
  role: MemberFacts['role'];
  birthDate: IsoDate | null;
  today: IsoDate;
};

/**
 * R28: marks that keep an item from every family member: the marks a contact has had (a third
 * party's confidence, about another person, harmful to the minor, for the courts), a document for
 * the court, and an item the worker withholds, with the reason (issue 13 point 6).
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

/**
 * R28 for a document (ADR 052): one meant for the court, or withheld by the worker with the reason
 * (the reason is the mark: without one nothing is withheld), is never shown to the family.
 */
export function documentNeverShownReason(document: {
  forCourt: boolean;
  withheldReason: string | null;
}): NeverShownReason | null {
  if (document.forCourt) return 'courtDocument';
  return document.withheldReason ? 'withheldByWorker' : null;
}

/**
 * Something written in or about the file.
 * - `hiddenReason`: an R28 mark (`NEVER_SHOWN_REASONS`): never shown to the family.
 * - `aboutMemberId`: R27, a young person's own part (what they told, their own help): theirs.
 * - `notForMemberIds`: third-party information (R28): about or from one member, kept from these
 *   members (what one parent said about the other).
 */
export type FamilyVisibleItem = {
  hiddenReason: string | null;
  aboutMemberId?: string | null;
  notForMemberIds?: readonly string[];
};

/** R27: where the owner of a young person's part stands on the day, and whether they let the parents read it. */
export type OwnPartContext = {
  /** minors.ts: under 12 or assessed not competent, the parents exercise the rights. */
  ownerStanding: Standing;
  /** The owner's consent to the parents holds today (consent.ts, recipient `parents`). */
  ownerConsentsToParents: boolean;
};
export type OwnPartLookup = (ownerMemberId: string) => OwnPartContext;

/** Without facts about its owner, a young person's part stays theirs. */
const OWNER_KEEPS_IT: OwnPartLookup = () => ({ ownerStanding: 'ageUnknown', ownerConsentsToParents: false });

/**
 * R27: a young person's own part is theirs; a parent reads it when the young person has no rights
 * of their own (under 12, assessed not competent) or has consented to the parents. Brothers,
 * sisters and other members never read it. An unknown age counts as competent: the part stays theirs.
 */
export function mayReadOwnPart(
  viewer: Pick<FamilyViewer, 'memberId' | 'role'>,
  ownerMemberId: string,
  owner: OwnPartContext,
): boolean {
  if (viewer.memberId === ownerMemberId) return true;
  if (viewer.role !== 'parent') return false;
  if (owner.ownerStanding === 'child' || owner.ownerStanding === 'notCompetent') return true;
  return (
    (hasOwnRights(owner.ownerStanding) || owner.ownerStanding === 'ageUnknown') &&
    owner.ownerConsentsToParents
  );
}

/** R28, R27: may this viewer see this item? `ownPart` tells where a young person's part stands. */
export function familyMaySee(
  viewer: FamilyViewer,
  item: FamilyVisibleItem,
  ownPart: OwnPartLookup = OWNER_KEEPS_IT,
): boolean {
  if (item.hiddenReason !== null) return false;
  if (item.notForMemberIds?.includes(viewer.memberId)) return false;
  if (item.aboutMemberId) return mayReadOwnPart(viewer, item.aboutMemberId, ownPart(item.aboutMemberId));
  return true;
}

/**
 * What every member may read: the worker's preview ("what the family sees") and the printed
 * family plan, which any member may hold — nothing marked, nobody's own part, no third-party item.
 */
export function wholeFamilyMaySee(item: FamilyVisibleItem): boolean {
  return item.hiddenReason === null && !item.aboutMemberId && (item.notForMemberIds?.length ?? 0) === 0;
}

/** The items the viewer may see, in their order. */
export function visibleToFamily<T extends FamilyVisibleItem>(
  viewer: FamilyViewer,
  items: T[],
  ownPart: OwnPartLookup = OWNER_KEEPS_IT,
): T[] {
  return items.filter((item) => familyMaySee(viewer, item, ownPart));
}
