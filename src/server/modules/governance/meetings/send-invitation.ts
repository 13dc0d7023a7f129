import type { MeetingDto } from '../../../../contracts/governance/meetings';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { requireMeeting } from '../governance-scope';
import { meetingDetail } from './meeting-view';
import { updateMeeting } from './meetings.repository';

/**
 * Sends the invitation: from now on the members see the meeting, its agenda and files, and can
 * put it in their calendar (.ics). eenplan has no e-mail yet; the staff officer mails the .ics.
 */
export async function sendInvitation(db: Db, actor: Actor, id: string): Promise<MeetingDto> {
  return db.transaction(async (tx) => {
    const { meeting } = await requireMeeting(tx, actor, id, { forUpdate: true });
    await updateMeeting(tx, meeting.id, { invitedAt: actor.clock.now() });
    return meetingDetail(tx, actor, meeting.id);
  });
}
