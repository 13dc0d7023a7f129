import type { MeetingDto, PreviousMinutesBody } from '../../../../contracts/governance/meetings';
import { checkPreviousMinutes } from '../../../../domain/meetings';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { unprocessable } from '../../../platform/http/app-error';
import { requireMeeting } from '../governance-scope';
import { meetingDetail } from './meeting-view';
import { neighbourMeeting, updateMeeting } from './meetings.repository';

/** Item 1 of every meeting (R15): the previous minutes approved, with corrections, or postponed. */
export async function recordPreviousMinutes(
  db: Db,
  actor: Actor,
  meetingId: string,
  input: PreviousMinutesBody,
): Promise<MeetingDto> {
  return db.transaction(async (tx) => {
    const { meeting } = await requireMeeting(tx, actor, meetingId, { forUpdate: true });
    const previous = await neighbourMeeting(tx, meeting.bodyId, meeting.date, 'previous', meeting.id);
    const problem = checkPreviousMinutes({
      hasPreviousMeeting: previous !== null,
      approval: input.approval,
      corrections: input.corrections ?? null,
    });
    if (problem) throw unprocessable(problem.code, 'field' in problem ? problem.field : 'approval');
    await updateMeeting(tx, meeting.id, {
      previousMinutesApproval: input.approval,
      previousMinutesCorrections:
        input.approval === 'approvedWithCorrections' ? (input.corrections ?? null) : null,
      previousMinutesFollowUp: input.followUpNotes || null,
    });
    return meetingDetail(tx, actor, meeting.id);
  });
}
