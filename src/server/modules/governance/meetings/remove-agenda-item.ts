import type { MeetingDto } from '../../../../contracts/governance/meetings';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { AppError, notFound } from '../../../platform/http/app-error';
import { listRounds } from '../advice/advice.repository';
import { requireMeeting } from '../governance-scope';
import { hasOutcomes } from '../outcomes/outcomes.repository';
import { hasDocuments } from './documents.repository';
import { meetingDetail } from './meeting-view';
import { deleteItem, findItem, listItems, updateItem } from './meetings.repository';

/** Takes an item off the agenda, as long as nothing (decision, to-do, advice, file) hangs on it. */
export async function removeAgendaItem(
  db: Db,
  actor: Actor,
  meetingId: string,
  itemId: string,
): Promise<MeetingDto> {
  return db.transaction(async (tx) => {
    const { meeting } = await requireMeeting(tx, actor, meetingId, { forUpdate: true });
    const item = await findItem(tx, actor.collaborationId, meeting.id, itemId);
    if (!item) throw notFound();
    const rounds = await listRounds(tx, actor.collaborationId, { meetingId: meeting.id });
    if (
      (await hasOutcomes(tx, item.id)) ||
      (await hasDocuments(tx, item.id)) ||
      rounds.some((r) => r.agendaItemId === item.id)
    ) {
      throw new AppError(409, 'GOVERNANCE_AGENDA_ITEM_IN_USE');
    }
    await deleteItem(tx, item.id);
    for (const [index, other] of (await listItems(tx, [meeting.id])).entries()) {
      if (other.position !== index) await updateItem(tx, other.id, { position: index });
    }
    return meetingDetail(tx, actor, meeting.id);
  });
}
