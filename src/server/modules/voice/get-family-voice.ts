import type { FamilyVoiceDto } from '../../../contracts/voice';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { recordAudit } from '../audit';
import { inFamilyFile, listMembersOf } from '../families';
import { familyVoiceOf } from './voice-view';

/** The worker reads what the family said in its portal, beside the plan and the contacts. */
export async function getFamilyVoice(db: Db, actor: Actor, familyId: string): Promise<FamilyVoiceDto> {
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    await recordAudit(tx, actor, {
      action: 'read',
      entityType: 'family',
      entityId: family.id,
      familyId: family.id,
      details: { view: 'familyVoice' },
    });
    return familyVoiceOf(tx, family.id, await listMembersOf(tx, [family.id]));
  });
}
