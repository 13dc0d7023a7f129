import type { HandoverDetails } from '../../../contracts/trajectories';
import { unprocessable } from '../../platform/http/app-error';
import type { HandoverRecord } from './trajectories.repository';
import { emptyHandover } from './trajectory-view';

/** The stored hand-over (R3): absent fields null; the joint conversation happened, so not later than today. */
export function handoverRecord(
  input: HandoverDetails | undefined,
  startedOn: string,
  today: string,
): HandoverRecord {
  if (!input) return emptyHandover();
  const conversationOn = input.conversationOn ?? null;
  if (conversationOn && conversationOn > today)
    throw unprocessable('HANDOVER_CONVERSATION_IN_FUTURE', 'handover.conversationOn');
  if (conversationOn && conversationOn < startedOn)
    throw unprocessable('HANDOVER_CONVERSATION_BEFORE_START', 'handover.conversationOn');
  return {
    receivingServices: input.receivingServices.map((s) => ({
      organisation: s.organisation,
      service: s.service || null,
      worker: s.worker || null,
    })),
    conversationOn,
    conversationParticipants: input.conversationParticipants ?? [],
    sharedInformation: input.sharedInformation || null,
    coordinationAgreement: input.coordinationAgreement || null,
  };
}
