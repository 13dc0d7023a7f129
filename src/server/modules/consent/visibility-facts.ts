// R27, R28: what the family-visibility filter (src/domain/family-visibility.ts) needs to know of a
// family's items, loaded once per read: the marks set on its contacts, and where each young
// person stands with their consent to the parents. Every family view, copy, export and share
// filters its items through `familyMaySee` / `wholeFamilyMaySee` with these facts.
import { consentHolds } from '../../../domain/consent';
import type { IsoDate } from '../../../domain/dates';
import {
  type FamilyViewer,
  type FamilyVisibleItem,
  familyMaySee,
  type OwnPartLookup,
  wholeFamilyMaySee,
} from '../../../domain/family-visibility';
import type { Executor } from '../../platform/db/database';
import { listMarksOf } from './consent.repository';
import { consentFactsOf } from './consent-facts';

export type VisibilityFacts = {
  /** A contact as the filter sees it: its own R28 mark and the marks set in this module. */
  contactItem: (contact: { id: string; hiddenReason: string | null }) => FamilyVisibleItem;
  ownPart: OwnPartLookup;
  /** `viewer` null: what every member may read (the worker's preview, the printed plan). */
  maySee: (viewer: FamilyViewer | null, contact: { id: string; hiddenReason: string | null }) => boolean;
};

export async function visibilityFactsOf(
  tx: Executor,
  familyId: string,
  on: IsoDate,
): Promise<VisibilityFacts> {
  const marks = await listMarksOf(tx, familyId);
  const facts = await consentFactsOf(tx, familyId, on);
  const ownPart: OwnPartLookup = (ownerMemberId) => ({
    ownerStanding: facts.members.find((m) => m.id === ownerMemberId)?.standing ?? 'ageUnknown',
    ownerConsentsToParents: facts.consents.some(
      (c) => c.memberId === ownerMemberId && c.recipient === 'parents' && consentHolds(c, on),
    ),
  });
  const contactItem = (contact: { id: string; hiddenReason: string | null }): FamilyVisibleItem => {
    const mark = marks.find((m) => m.itemType === 'contact' && m.itemId === contact.id);
    return {
      hiddenReason: contact.hiddenReason ?? mark?.neverShown ?? null,
      aboutMemberId: mark?.ownerMemberId ?? null,
      notForMemberIds: mark?.notForMemberIds ?? [],
    };
  };
  return {
    contactItem,
    ownPart,
    maySee: (viewer, contact) =>
      viewer === null
        ? wholeFamilyMaySee(contactItem(contact))
        : familyMaySee(viewer, contactItem(contact), ownPart),
  };
}
