import type { MeetingDto, MeetingSummaryDto } from '../../../../contracts/governance/meetings';
import { agendaNumber, agendaSchedule, meetingPhase } from '../../../../domain/meetings';
import { isFollowedUpAt } from '../../../../domain/todos';
import type { Actor } from '../../../platform/auth/actor';
import type { Executor } from '../../../platform/db/database';
import { listRounds } from '../advice/advice.repository';
import { adviceRoundDtos } from '../advice/advice-round-view';
import type { BodyRow } from '../bodies/bodies.repository';
import { requireMeeting } from '../governance-scope';
import { toDecisionDto, toTodoDto } from '../outcomes/outcome-views';
import { listDecisions, listTodos } from '../outcomes/outcomes.repository';
import { type DocumentInfo, listDocuments, listSnapshots } from './documents.repository';
import { toSnapshotDto } from './figures-view';
import {
  type AgendaItemRow,
  findItemsByIds,
  findMeetings,
  listAttendance,
  listItems,
  type MeetingRow,
  neighbourMeeting,
} from './meetings.repository';

export function toMeetingSummary(
  meeting: MeetingRow,
  body: BodyRow,
  agendaCount: number,
  today: string,
): MeetingSummaryDto {
  return {
    id: meeting.id,
    body: { id: body.id, name: body.name, kind: body.kind, abbreviation: body.abbreviation },
    title: meeting.title,
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    location: meeting.location,
    onlineLink: meeting.onlineLink,
    phase: meetingPhase(meeting, today),
    invitedAt: meeting.invitedAt?.toISOString() ?? null,
    minutesSharedAt: meeting.minutesSharedAt?.toISOString() ?? null,
    agendaCount,
  };
}

export const toDocumentDto = (d: DocumentInfo) => ({
  id: d.id,
  fileName: d.fileName,
  contentType: d.contentType,
  sizeBytes: d.sizeBytes,
  uploadedAt: d.uploadedAt.toISOString(),
});

/** Which earlier meeting each carried-over item comes from (R15). */
async function carriedOrigins(db: Executor, collaborationId: string, items: AgendaItemRow[]) {
  const origins = await findItemsByIds(
    db,
    items.map((i) => i.carriedFromItemId).filter((id): id is string => id !== null),
  );
  const meetings = await findMeetings(db, collaborationId, [...new Set(origins.map((o) => o.meetingId))]);
  const dateOf = new Map(meetings.map((m) => [m.id, m.date]));
  return new Map(origins.map((o) => [o.id, { id: o.meetingId, date: dateOf.get(o.meetingId) as string }]));
}

/** A meeting as the actor may see it; the minutes only for the team or once shared. */
export async function meetingDetail(db: Executor, actor: Actor, id: string): Promise<MeetingDto> {
  const today = actor.clock.today();
  const c = actor.collaborationId;
  const { meeting, body, access, showMinutes } = await requireMeeting(db, actor, id);
  const previous = await neighbourMeeting(db, body.id, meeting.date, 'previous', meeting.id);
  const next = await neighbourMeeting(db, body.id, meeting.date, 'next', meeting.id);
  const isNextVisible = next && (access.isManager || next.invitedAt || next.minutesSharedAt);
  const items = await listItems(db, [meeting.id]);
  const documents = await listDocuments(db, [meeting.id]);
  const origins = await carriedOrigins(db, c, items);
  const schedule = agendaSchedule(
    meeting.startTime,
    items.map((i) => i.durationMinutes),
  );
  // Shared minutes follow up every to-do of the body; before that, members see those of shared minutes.
  const sharedOnly = !showMinutes;
  const bodyTodos = await listTodos(db, c, { bodyIds: null, bodyId: body.id, sharedOnly });
  const at = { date: meeting.date, previousDate: previous?.date ?? null };
  const followUp = bodyTodos.filter((r) =>
    isFollowedUpAt({ createdOn: r.todo.createdOn, status: r.todo.status, doneOn: r.todo.doneOn }, at),
  );
  const decisions = showMinutes
    ? await listDecisions(db, c, { bodyIds: null, meetingIds: [meeting.id], sharedOnly })
    : [];
  const attendance = showMinutes ? await listAttendance(db, meeting.id) : [];

  return {
    ...toMeetingSummary(meeting, body, items.length, today),
    previousMeeting: previous ? { id: previous.id, date: previous.date } : null,
    nextMeeting: next && isNextVisible ? { id: next.id, date: next.date } : null,
    agenda: items.map((item, index) => ({
      id: item.id,
      number: agendaNumber(index, previous !== null),
      title: item.title,
      presenter: item.presenter,
      durationMinutes: item.durationMinutes,
      startsAt: schedule[index] ?? null,
      carriedFrom: item.carriedFromItemId ? (origins.get(item.carriedFromItemId) ?? null) : null,
      attachments: documents.filter((d) => d.agendaItemId === item.id).map(toDocumentDto),
      outcome: showMinutes ? item.outcome : null,
      notes: showMinutes ? item.notes : null,
      reactions: showMinutes ? item.reactions : null,
    })),
    followUpTodos: followUp.map((r) => toTodoDto(r, today)),
    decisions: decisions.map((r) => toDecisionDto(r, today)),
    todos: showMinutes
      ? bodyTodos.filter((r) => r.todo.meetingId === meeting.id).map((r) => toTodoDto(r, today))
      : [],
    adviceRounds: await adviceRoundDtos(db, actor, await listRounds(db, c, { meetingId: meeting.id }), today),
    figures: (await listSnapshots(db, meeting.id)).map((s) => toSnapshotDto(actor, s)),
    minutes: showMinutes
      ? {
          attendance: attendance.map((a) => ({
            memberId: a.memberId,
            name: a.name,
            organisationName: a.organisationName,
            role: a.role,
            status: a.status,
            representedByName: a.representedByName,
          })),
          previousMinutes: meeting.previousMinutesApproval
            ? {
                approval: meeting.previousMinutesApproval,
                corrections: meeting.previousMinutesCorrections,
                followUpNotes: meeting.previousMinutesFollowUp,
              }
            : null,
        }
      : null,
    canManage: access.isManager,
  };
}
