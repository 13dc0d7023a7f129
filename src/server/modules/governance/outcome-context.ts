import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { notFound, unprocessable } from '../../platform/http/app-error';
import { requireBody, requireMeeting } from './governance-scope';
import { findItem } from './meetings/meetings.repository';

export type OutcomeContext = {
  bodyId: string;
  meetingId: string | null;
  meetingDate: string | null;
  agendaItemId: string | null;
};

/**
 * Where a decision, to-do or advice round belongs: a body, and perhaps a meeting of it and an
 * item of that meeting's agenda. Each must be the actor's to reach and belong to the other.
 */
export async function outcomeContext(
  db: Executor,
  actor: Actor,
  input: { bodyId?: string | null; meetingId?: string | null; agendaItemId?: string | null },
): Promise<OutcomeContext> {
  if (input.agendaItemId && !input.meetingId) throw unprocessable('GOVERNANCE_MEETING_REQUIRED', 'meetingId');
  if (!input.meetingId) {
    const { body } = await requireBody(db, actor, input.bodyId as string);
    return { bodyId: body.id, meetingId: null, meetingDate: null, agendaItemId: null };
  }
  const { meeting } = await requireMeeting(db, actor, input.meetingId);
  if (input.bodyId && input.bodyId !== meeting.bodyId)
    throw unprocessable('GOVERNANCE_MEETING_OF_OTHER_BODY', 'bodyId');
  if (input.agendaItemId && !(await findItem(db, actor.collaborationId, meeting.id, input.agendaItemId)))
    throw notFound();
  return {
    bodyId: meeting.bodyId,
    meetingId: meeting.id,
    meetingDate: meeting.date,
    agendaItemId: input.agendaItemId ?? null,
  };
}
