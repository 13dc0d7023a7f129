import type { FamilyVoiceDto } from '../../../contracts/voice';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { recordAudit } from '../audit';
import { inFamilyFile, listMembersOf } from '../families';
import { markSeenByWorkers } from './voice.repository';
import { familyVoiceOf } from './voice-view';

/**
 * A worker of the file has seen the family's new words and answers and read its messages: they
 * leave "my week" (open correction requests stay until answered).
 */
export async function markVoiceSeen(db: Db, actor: Actor, familyId: string): Promise<FamilyVoiceDto> {
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    await markSeenByWorkers(tx, family.id, actor.clock.now());
    await recordAudit(tx, actor, {
      action: 'seen',
      entityType: 'family',
      entityId: family.id,
      familyId: family.id,
      details: { view: 'familyVoice' },
    });
    return familyVoiceOf(tx, family.id, await listMembersOf(tx, [family.id]));
  });
}
