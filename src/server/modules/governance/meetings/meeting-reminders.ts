// "A meeting in two days" for the reminder scan (notifications, issue 12 point 6): the meetings
// members were invited to between two days, each with the members and deputies with an account
// whose membership runs on the meeting's day (the invitation's recipients, ADR 033).
import { addDays, type IsoDate } from '../../../../domain/dates';
import type { Executor } from '../../../platform/db/database';
import { findMailRecipients } from '../../identity';
import { findBody, listMembers } from '../bodies/bodies.repository';
import { listMeetings } from './meetings.repository';

export type MeetingSoonItem = { meetingId: string; meetingName: string; date: IsoDate; memberIds: string[] };

export async function listMeetingsSoon(
  db: Executor,
  collaborationId: string,
  today: IsoDate,
  withinDays: number,
): Promise<MeetingSoonItem[]> {
  const meetings = await listMeetings(db, collaborationId, {
    bodyIds: null,
    fromDate: today,
    beforeDate: addDays(today, withinDays + 1),
    invitedOnly: true,
    newestFirst: false,
    limit: 500,
  });
  const items: MeetingSoonItem[] = [];
  for (const meeting of meetings) {
    const body = await findBody(db, collaborationId, meeting.bodyId);
    if (!body) continue;
    const running = (await listMembers(db, collaborationId, [body.id])).filter(
      (m) => m.fromDate <= meeting.date && (!m.toDate || m.toDate >= meeting.date),
    );
    const userIds = running.flatMap((m) => [m.userId, m.deputyUserId]).filter((id): id is string => !!id);
    const accounts = await findMailRecipients(db, collaborationId, userIds);
    items.push({
      meetingId: meeting.id,
      meetingName: meeting.title ? `${body.name}: ${meeting.title}` : body.name,
      date: meeting.date,
      memberIds: accounts.map((a) => a.userId),
    });
  }
  return items;
}
