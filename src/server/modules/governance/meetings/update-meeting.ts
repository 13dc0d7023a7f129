import type { MeetingDto, MeetingUpdate } from '../../../../contracts/governance/meetings';
import { checkMeetingTimes } from '../../../../domain/meetings';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { unprocessable } from '../../../platform/http/app-error';
import { requireMeeting } from '../governance-scope';
import { meetingDetail } from './meeting-view';
import { updateMeeting as writeMeeting } from './meetings.repository';

/** Moves a meeting or changes its place; a calendar that has the invitation gets the change. */
export async function updateMeeting(
  db: Db,
  actor: Actor,
  id: string,
  input: MeetingUpdate,
): Promise<MeetingDto> {
  const problem = checkMeetingTimes(input.startTime ?? null, input.endTime ?? null);
  if (problem) throw unprocessable(problem.code, problem.field);
  return db.transaction(async (tx) => {
    const { meeting } = await requireMeeting(tx, actor, id, { forUpdate: true });
    const values = {
      title: input.title || null,
      date: input.date,
      startTime: input.startTime ?? null,
      endTime: input.endTime ?? null,
      location: input.location || null,
      onlineLink: input.onlineLink || null,
    };
    const isRescheduled = (Object.keys(values) as (keyof typeof values)[]).some(
      (k) => values[k] !== meeting[k],
    );
    await writeMeeting(tx, meeting.id, { ...values, sequence: meeting.sequence + (isRescheduled ? 1 : 0) });
    return meetingDetail(tx, actor, meeting.id);
  });
}
