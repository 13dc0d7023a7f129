import type { AgendaItemUpdate, MeetingDto } from '../../../../contracts/governance/meetings';
import type { AgendaItemOutcome } from '../../../../domain/meetings';
import type { Actor } from '../../../platform/auth/actor';
import type { Db, Executor } from '../../../platform/db/database';
import { notFound } from '../../../platform/http/app-error';
import { requireMeeting } from '../governance-scope';
import { meetingDetail } from './meeting-view';
import {
  type AgendaItemRow,
  carriedItemIds,
  findItem,
  insertItems,
  listItems,
  type MeetingRow,
  neighbourMeeting,
  updateItem,
} from './meetings.repository';

/**
 * Plans an item (title, presenter, time, place in the agenda) or minutes it (notes, reactions,
 * discussed or not reached). R15: an item not reached goes onto the next meeting's agenda right
 * away when that meeting is already planned; otherwise planning it picks the item up.
 */
export async function updateAgendaItem(
  db: Db,
  actor: Actor,
  meetingId: string,
  itemId: string,
  input: AgendaItemUpdate,
): Promise<MeetingDto> {
  return db.transaction(async (tx) => {
    const { meeting } = await requireMeeting(tx, actor, meetingId, { forUpdate: true });
    const item = await findItem(tx, actor.collaborationId, meeting.id, itemId);
    if (!item) throw notFound();
    const changes = {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.presenter !== undefined ? { presenter: input.presenter || null } : {}),
      ...(input.durationMinutes !== undefined ? { durationMinutes: input.durationMinutes } : {}),
      ...(input.notes !== undefined ? { notes: input.notes || null } : {}),
      ...(input.reactions !== undefined ? { reactions: input.reactions } : {}),
      ...(input.outcome !== undefined ? { outcome: input.outcome } : {}),
    };
    const updated = Object.keys(changes).length > 0 ? await updateItem(tx, item.id, changes) : item;
    if (input.position !== undefined) await moveItem(tx, meeting.id, item.id, input.position);
    if (input.outcome === 'notReached' && item.outcome !== 'notReached')
      await carryToNextMeeting(tx, actor, meeting, updated);
    return meetingDetail(tx, actor, meeting.id);
  });
}

async function moveItem(tx: Executor, meetingId: string, itemId: string, position: number) {
  const items = await listItems(tx, [meetingId]);
  const moving = items.find((i) => i.id === itemId) as AgendaItemRow;
  const others = items.filter((i) => i.id !== itemId);
  others.splice(Math.min(position, others.length), 0, moving);
  for (const [index, item] of others.entries()) {
    if (item.position !== index) await updateItem(tx, item.id, { position: index });
  }
}

async function carryToNextMeeting(tx: Executor, actor: Actor, meeting: MeetingRow, item: AgendaItemRow) {
  const next = await neighbourMeeting(tx, meeting.bodyId, meeting.date, 'next', meeting.id);
  if (!next || (await carriedItemIds(tx, [item.id])).has(item.id)) return;
  const nextItems = await listItems(tx, [next.id]);
  // Postponed items open the next agenda, before what is new.
  for (const other of nextItems) await updateItem(tx, other.id, { position: other.position + 1 });
  await insertItems(tx, [
    {
      collaborationId: actor.collaborationId,
      meetingId: next.id,
      position: 0,
      title: item.title,
      presenter: item.presenter,
      durationMinutes: item.durationMinutes,
      carriedFromItemId: item.id,
      outcome: 'planned' satisfies AgendaItemOutcome,
    },
  ]);
}
