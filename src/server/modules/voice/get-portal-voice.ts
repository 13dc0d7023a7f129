import type { PortalVoiceDto } from '../../../contracts/voice';
import { isAgreementAsked, subjectsOfPlan } from '../../../domain/family-voice';
import type { Db, Executor } from '../../platform/db/database';
import { currentPlanOf } from '../plans';
import { type FamilyActor, inOwnFamily, type OwnFamily } from './in-own-family';
import { visibleContactsOf } from './voice-subjects';
import { familyVoiceOf } from './voice-view';

/** What the family said and was answered, as the family reads it (R28: hidden notes left out). */
export async function portalVoiceOf(tx: Executor, own: OwnFamily): Promise<PortalVoiceDto> {
  const contacts = await visibleContactsOf(tx, own);
  const voice = await familyVoiceOf(tx, own.id, own.members, new Set(contacts.map((c) => c.id)));
  const plan = await currentPlanOf(tx, own.id);
  const subjects: PortalVoiceDto['subjects'] = [
    ...(plan ? subjectsOfPlan(plan.content) : []),
    ...contacts.map((c) => ({
      subject: 'contact' as const,
      subjectId: c.id,
      label: c.note ?? '',
      on: c.occurredOn,
    })),
  ];
  return {
    ...voice,
    memberId: own.me.id,
    subjects,
    agreementAsked: isAgreementAsked(voice.currentPlanVersion, voice.responses, own.me.id),
  };
}

/** The door audits the read (portal view `voice`). */
export async function getPortalVoice(db: Db, actor: FamilyActor): Promise<PortalVoiceDto> {
  return inOwnFamily(db, actor, (tx, own) => portalVoiceOf(tx, own));
}
