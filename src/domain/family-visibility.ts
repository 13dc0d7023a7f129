// What a family member may see of its own file: the ONE place that decides it (issue 13).
// Every portal read, every copy and every export filters through these functions; a rule about
// what a family sees is added here, with its number, and nowhere else.
import type { IsoDate } from './dates';
import { memberAge } from './member-age';

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
 * Something written in or about the file. `hiddenReason` is the worker's R28 mark (a third party's
 * confidence, about another person, harmful to the minor, for the courts): never shown to the family.
 * `aboutMemberId` names the member it is about, when it is about one; the 12+ consent and
 * third-party rules of R27 decide on it (extended by the consent work of issue 13).
 */
export type FamilyVisibleItem = { hiddenReason: string | null; aboutMemberId?: string | null };

/** R28 (and, as it grows, R27): may this viewer see this item? */
export function familyMaySee(_viewer: FamilyViewer, item: FamilyVisibleItem): boolean {
  if (item.hiddenReason !== null) return false;
  return true;
}

/** The items the viewer may see, in their order. */
export function visibleToFamily<T extends FamilyVisibleItem>(viewer: FamilyViewer, items: T[]): T[] {
  return items.filter((item) => familyMaySee(viewer, item));
}
