import type { AgendaItemInput, MeetingDto } from '../../../../contracts/governance/meetings';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { requireMeeting } from '../governance-scope';
import { meetingDetail } from './meeting-view';
import { insertItems, listItems } from './meetings.repository';

/** Adds an item at the end of the agenda. */
export async function addAgendaItem(
  db: Db,
  actor: Actor,
  meetingId: string,
  input: AgendaItemInput,
): Promise<MeetingDto> {
  return db.transaction(async (tx) => {
    const { meeting } = await requireMeeting(tx, actor, meetingId, { forUpdate: true });
    const items = await listItems(tx, [meeting.id]);
    await insertItems(tx, [
      {
        collaborationId: actor.collaborationId,
        meetingId: meeting.id,
        position: items.length,
        title: input.title,
        presenter: input.presenter || null,
        durationMinutes: input.durationMinutes ?? null,
      },
    ]);
    return meetingDetail(tx, actor, meeting.id);
  });
}
