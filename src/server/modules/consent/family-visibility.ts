// R27, R28: what a family member may read of the file's items, with the marks, standings and
// consents of the day loaded once. The portal's views, copies and exports, and what is shared with
// a partner, filter their items through it.
import { consentHolds } from '../../../domain/consent';
import type { IsoDate } from '../../../domain/dates';
import {
  type ItemMarks,
  mayFamilyRead,
  type NeverShownReason,
  NO_MARKS,
  type OwnPartContext,
  type Reader,
} from '../../../domain/withheld-items';
import type { Executor } from '../../platform/db/database';
import { listMarksOf } from './consent.repository';
import { consentFactsOf } from './consent-facts';

export type FamilyItem = { type: 'contact'; id: string; hiddenReason: NeverShownReason | null };

/** `reader` null: what every member may read (the worker's preview, the printed family plan). */
export type FamilyVisibility = (item: FamilyItem, reader: Reader | null) => boolean;

export async function familyVisibilityOf(
  tx: Executor,
  familyId: string,
  on: IsoDate,
): Promise<FamilyVisibility> {
  const marks = await listMarksOf(tx, familyId);
  const facts = await consentFactsOf(tx, familyId, on);
  const ownPart = (ownerMemberId: string): OwnPartContext => ({
    ownerStanding: facts.members.find((m) => m.id === ownerMemberId)?.standing ?? 'ageUnknown',
    ownerConsentsToParents: facts.consents.some(
      (c) => c.memberId === ownerMemberId && c.recipient === 'parents' && consentHolds(c, on),
    ),
  });
  return (item, reader) => {
    const mark = marks.find((m) => m.itemType === item.type && m.itemId === item.id);
    const itemMarks: ItemMarks = mark
      ? {
          // The contact's own R28 mark and the mark set here both count.
          neverShown: item.hiddenReason ?? mark.neverShown,
          ownerMemberId: mark.ownerMemberId,
          notForMemberIds: mark.notForMemberIds,
        }
      : { ...NO_MARKS, neverShown: item.hiddenReason };
    return mayFamilyRead(itemMarks, reader, ownPart);
  };
}
