import type { FamilyMessageDto, MessageBody } from '../../../contracts/voice';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { recordAudit } from '../audit';
import { inFamilyFile } from '../families';
import { tellFamilyOfAnswer } from './tell-family-of-answer';
import { insertMessage, listMessagesOf, markFamilyMessagesRead } from './voice.repository';
import { toMessageDto } from './voice-view';

/**
 * A worker of the file writes in the family's thread. Replying reads the thread, so what the
 * family wrote counts as read. The member who wrote last may get a mail that an answer waits.
 */
export async function replyToFamily(
  db: Db,
  actor: Actor,
  familyId: string,
  input: MessageBody,
  publicUrl: string,
): Promise<FamilyMessageDto> {
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    const now = actor.clock.now();
    const lastFromFamily = (await listMessagesOf(tx, family.id)).filter((m) => m.memberId).at(-1);
    await markFamilyMessagesRead(tx, family.id, now);
    const row = await insertMessage(tx, {
      collaborationId: actor.collaborationId,
      familyId: family.id,
      authorUserId: actor.userId,
      authorName: actor.displayName,
      text: input.text,
      createdAt: now,
    });
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'familyMessage',
      entityId: row.id,
      familyId: family.id,
    });
    if (lastFromFamily?.memberId) await tellFamilyOfAnswer(tx, actor, lastFromFamily.memberId, publicUrl);
    return toMessageDto(row);
  });
}
