import type { MeetingDto, MeetingInput } from '../../../../contracts/governance/meetings';
import { checkMeetingTimes, itemsToCarryOver } from '../../../../domain/meetings';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { unprocessable } from '../../../platform/http/app-error';
import { requireBody } from '../governance-scope';
import { meetingDetail } from './meeting-view';
import {
  carriedItemIds,
  insertItems,
  insertMeeting,
  listItems,
  neighbourMeeting,
} from './meetings.repository';

/**
 * R15: plans a meeting of a body. The items the previous meeting did not reach come first on
 * the new agenda; the open to-dos are followed up under item 1 (computed, see meetingDetail).
 */
export async function planMeeting(db: Db, actor: Actor, input: MeetingInput): Promise<MeetingDto> {
  const problem = checkMeetingTimes(input.startTime ?? null, input.endTime ?? null);
  if (problem) throw unprocessable(problem.code, problem.field);
  return db.transaction(async (tx) => {
    const { body } = await requireBody(tx, actor, input.bodyId);
    const meeting = await insertMeeting(tx, {
      collaborationId: actor.collaborationId,
      bodyId: body.id,
      title: input.title || null,
      date: input.date,
      startTime: input.startTime ?? null,
      endTime: input.endTime ?? null,
      location: input.location || null,
      onlineLink: input.onlineLink || null,
    });
    const previous = await neighbourMeeting(tx, body.id, input.date, 'previous', meeting.id);
    const previousItems = previous ? await listItems(tx, [previous.id]) : [];
    const carried = itemsToCarryOver(
      previousItems.map((i) => ({ ...i, outcome: i.outcome })),
      await carriedItemIds(
        tx,
        previousItems.map((i) => i.id),
      ),
    );
    const newItems = [
      ...carried.map((i) => ({
        title: i.title,
        presenter: i.presenter,
        durationMinutes: i.durationMinutes,
        carriedFromItemId: i.id,
      })),
      ...(input.agenda ?? []).map((i) => ({
        title: i.title,
        presenter: i.presenter || null,
        durationMinutes: i.durationMinutes ?? null,
        carriedFromItemId: null,
      })),
    ];
    await insertItems(
      tx,
      newItems.map((item, position) => ({
        ...item,
        collaborationId: actor.collaborationId,
        meetingId: meeting.id,
        position,
      })),
    );
    return meetingDetail(tx, actor, meeting.id);
  });
}
