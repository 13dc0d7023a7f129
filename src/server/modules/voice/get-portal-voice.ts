import type { PortalVoiceDto } from '../../../contracts/voice';
import { isAgreementAsked } from '../../../domain/family-voice';
import type { Db, Executor } from '../../platform/db/database';
import { recordAudit } from '../audit';
import { type FamilyActor, inOwnFamily, type OwnFamily } from './in-own-family';
import { visibleContactsOf } from './voice-subjects';
import { familyVoiceOf } from './voice-view';

/** What the family said and was answered, as the family reads it (R28: hidden notes left out). */
export async function portalVoiceOf(tx: Executor, own: OwnFamily): Promise<PortalVoiceDto> {
  const visible = new Set((await visibleContactsOf(tx, own.id)).map((c) => c.id));
  const voice = await familyVoiceOf(tx, own.id, own.members, visible);
  return {
    ...voice,
    memberId: own.member.id,
    agreementAsked: isAgreementAsked(voice.currentPlanVersion, voice.responses, own.member.id),
  };
}

export async function getPortalVoice(db: Db, actor: FamilyActor): Promise<PortalVoiceDto> {
  return inOwnFamily(db, actor, async (tx, own) => {
    await recordAudit(tx, actor, {
      action: 'read',
      entityType: 'family',
      entityId: own.id,
      familyId: own.id,
      details: { view: 'portalVoice' },
    });
    return portalVoiceOf(tx, own);
  });
}
