import type { MeetingDto } from '../../../../contracts/governance/meetings';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { unprocessable } from '../../../platform/http/app-error';
import { requireMeeting } from '../governance-scope';
import { meetingDetail } from './meeting-view';
import { updateMeeting } from './meetings.repository';

/**
 * Shares the minutes with the members of the body: from now on they read them in eenplan and
 * download them as .docx or PDF. Later corrections show to them at once.
 */
export async function shareMinutes(db: Db, actor: Actor, id: string): Promise<MeetingDto> {
  return db.transaction(async (tx) => {
    const { meeting } = await requireMeeting(tx, actor, id, { forUpdate: true });
    if (meeting.date > actor.clock.today()) throw unprocessable('GOVERNANCE_MEETING_NOT_HELD_YET', 'date');
    await updateMeeting(tx, meeting.id, { minutesSharedAt: meeting.minutesSharedAt ?? actor.clock.now() });
    return meetingDetail(tx, actor, meeting.id);
  });
}
