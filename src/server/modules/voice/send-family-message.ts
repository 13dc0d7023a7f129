import type { FamilyMessageDto, MessageBody } from '../../../contracts/voice';
import type { Db } from '../../platform/db/database';
import { recordAudit } from '../audit';
import { type FamilyActor, inOwnFamily, memberName } from './in-own-family';
import { insertMessage } from './voice.repository';
import { toMessageDto } from './voice-view';

/** A short message from a family member to the family's workers: one plain thread per family. */
export async function sendFamilyMessage(
  db: Db,
  actor: FamilyActor,
  input: MessageBody,
): Promise<FamilyMessageDto> {
  return inOwnFamily(db, actor, async (tx, own) => {
    const row = await insertMessage(tx, {
      collaborationId: actor.collaborationId,
      familyId: own.id,
      memberId: own.me.id,
      authorName: memberName(own.me),
      text: input.text,
      createdAt: actor.clock.now(),
    });
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'familyMessage',
      entityId: row.id,
      familyId: own.id,
    });
    return toMessageDto(row);
  });
}
