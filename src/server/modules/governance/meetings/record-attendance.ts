import type { AttendanceBody, MeetingDto } from '../../../../contracts/governance/meetings';
import { checkAttendance } from '../../../../domain/meetings';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { unprocessable } from '../../../platform/http/app-error';
import { listMembers } from '../bodies/bodies.repository';
import { requireMeeting } from '../governance-scope';
import { meetingDetail } from './meeting-view';
import { replaceAttendance } from './meetings.repository';

/**
 * R15: who was present, excused, or represented by someone ("tvv"), and guests. The list
 * replaces the previous one; names and organisations are kept as they were on the day.
 */
export async function recordAttendance(
  db: Db,
  actor: Actor,
  meetingId: string,
  input: AttendanceBody,
): Promise<MeetingDto> {
  return db.transaction(async (tx) => {
    const { meeting, body } = await requireMeeting(tx, actor, meetingId, { forUpdate: true });
    // Anyone who was ever a member may be listed: minutes are sometimes written up late.
    const members = new Map((await listMembers(tx, actor.collaborationId, [body.id])).map((m) => [m.id, m]));
    const entries = input.entries.map((e) => ({
      memberId: e.memberId ?? null,
      name: e.name ?? null,
      status: e.status,
      representedByName: e.status === 'represented' ? (e.representedByName ?? null) : null,
    }));
    const problem = checkAttendance(entries, new Set(members.keys()));
    if (problem) throw unprocessable(problem.code, problem.field);
    await replaceAttendance(
      tx,
      meeting.id,
      input.entries.map((e, position) => {
        const member = e.memberId ? members.get(e.memberId) : undefined;
        return {
          collaborationId: actor.collaborationId,
          meetingId: meeting.id,
          memberId: member?.id ?? null,
          name: member?.name ?? (e.name as string),
          organisationName: member ? member.organisationName : e.organisationName || null,
          role: member?.role ?? null,
          status: e.status,
          representedByName: entries[position]?.representedByName?.trim() || null,
          position,
        };
      }),
    );
    return meetingDetail(tx, actor, meeting.id);
  });
}
