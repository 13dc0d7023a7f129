// R27, R28: the worker marks a contact of the file: never shown to the family (a document for the
// court, or withheld with the reason), a young person's own part, or not for named members (what
// one parent said about the other). The family's views, copies and shares read these marks.
import type { MarkBody, MarkDto } from '../../../contracts/consent';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { inFamilyFile, listMembersOf } from '../families';
import { listContactsOf } from '../trajectories';
import { findMark, type ItemMarkRow, insertMark, updateMark } from './consent.repository';

export async function markContact(
  db: Db,
  actor: Actor,
  familyId: string,
  contactId: string,
  input: MarkBody,
): Promise<MarkDto> {
  if (input.neverShown === 'withheldByWorker' && !input.withheldReason?.trim())
    throw unprocessable('MARK_WITHHELD_REASON_REQUIRED', 'withheldReason');
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    const contacts = await listContactsOf(tx, family.id);
    if (!contacts.some((c) => c.id === contactId)) throw unprocessable('MARK_ITEM_UNKNOWN', 'contactId');
    const members = await listMembersOf(tx, [family.id]);
    const notFor = [...new Set(input.notForMemberIds)];
    if (notFor.some((id) => !members.some((m) => m.id === id)))
      throw unprocessable('MARK_MEMBER_UNKNOWN', 'notForMemberIds');
    if (input.ownerMemberId) {
      const owner = members.find((m) => m.id === input.ownerMemberId);
      if (!owner) throw unprocessable('MARK_MEMBER_UNKNOWN', 'ownerMemberId');
      if (owner.role !== 'child') throw unprocessable('MARK_OWNER_NOT_A_CHILD', 'ownerMemberId');
    }
    const values = {
      neverShown: input.neverShown ?? null,
      withheldReason: input.neverShown === 'withheldByWorker' ? (input.withheldReason ?? null) : null,
      ownerMemberId: input.ownerMemberId ?? null,
      notForMemberIds: notFor,
      markedBy: actor.userId,
      markedByName: actor.displayName,
      updatedAt: actor.clock.now(),
    };
    const existing = await findMark(tx, family.id, 'contact', contactId);
    let row: ItemMarkRow | undefined;
    if (!existing) {
      if (input.baseVersion !== 0) throw new AppError(409, 'RECORD_CHANGED');
      row = await insertMark(tx, {
        collaborationId: actor.collaborationId,
        familyId: family.id,
        itemType: 'contact',
        itemId: contactId,
        ...values,
      });
    } else {
      row = await updateMark(tx, existing.id, input.baseVersion, values);
      if (!row) throw new AppError(409, 'RECORD_CHANGED', { details: { current: toMarkDto(existing) } });
    }
    await recordAudit(tx, actor, {
      action: 'mark',
      entityType: 'itemMark',
      entityId: row.id,
      familyId: family.id,
      details: {
        itemType: 'contact',
        itemId: contactId,
        neverShown: row.neverShown,
        hasOwner: row.ownerMemberId !== null,
        notForCount: row.notForMemberIds.length,
      },
    });
    return toMarkDto(row);
  });
}

export function toMarkDto(row: ItemMarkRow): MarkDto {
  return {
    itemType: row.itemType,
    itemId: row.itemId,
    neverShown: row.neverShown,
    withheldReason: row.withheldReason,
    ownerMemberId: row.ownerMemberId,
    notForMemberIds: row.notForMemberIds,
    markedBy: row.markedByName,
    version: row.version,
  };
}
