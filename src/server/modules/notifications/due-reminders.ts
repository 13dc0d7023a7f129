// What has become due in one collaboration, and for whom (issue 12 point 6). Each module computes
// its own deadlines with the rules it already shows on screen; this file only asks them and keeps
// what is worth a reminder today (src/domain/reminders.ts).
import type { IsoDate } from '../../../domain/dates';
import {
  isReminderDue,
  MEETING_SOON_DAYS,
  type ReminderItemType,
  type ReminderKind,
} from '../../../domain/reminders';
import type { Executor } from '../../platform/db/database';
import { listMeetingsSoon, listTodoDueItems } from '../governance';
import { listPeopleWithRoles } from '../identity';
import { listOpenAnswerDeadlines } from '../intake';
import { listJourneyDueItems } from '../trajectories';

export type DueReminder = {
  kind: ReminderKind;
  itemType: ReminderItemType;
  itemId: string;
  dueOn: IsoDate;
  link: string;
  params: Record<string, string>;
  recipientIds: string[];
};

/** A to-do's text in a reminder: its first words, as in the to-do mail's subject. */
const TITLE_LENGTH = 120;
const shortened = (text: string) =>
  text.length > TITLE_LENGTH ? `${text.slice(0, TITLE_LENGTH - 1)}…` : text;

export async function listDueReminders(
  db: Executor,
  collaborationId: string,
  today: IsoDate,
): Promise<DueReminder[]> {
  const reminders: DueReminder[] = [];

  // R4: the coordinators answer referrers (the intake desk's deadline).
  const answers = await listOpenAnswerDeadlines(db, collaborationId, today);
  if (answers.length > 0) {
    const coordinators = (await listPeopleWithRoles(db, collaborationId, ['coordinator'])).map((p) => p.id);
    for (const a of answers)
      reminders.push({
        kind: 'referralAnswer',
        itemType: 'referral',
        itemId: a.referralId,
        dueOn: a.dueOn,
        link: `/referrals/${a.referralId}`,
        params: { reference: a.reference },
        recipientIds: coordinators,
      });
  }

  // R1, R2, R5: the workers assigned to the family.
  for (const item of await listJourneyDueItems(db, collaborationId, today))
    reminders.push({
      kind: item.kind,
      itemType: 'trajectory',
      itemId: item.trajectoryId,
      dueOn: item.dueOn,
      link: `/families/${item.familyId}`,
      params: { trajectoryKind: item.trajectoryKind },
      recipientIds: item.workerIds,
    });

  // R15: the to-do's owner.
  for (const todo of await listTodoDueItems(db, collaborationId, today))
    reminders.push({
      kind: 'todoDue',
      itemType: 'todo',
      itemId: todo.todoId,
      dueOn: todo.dueOn,
      link: '/governance/todos',
      params: { bodyName: todo.bodyName, todoTitle: shortened(todo.text) },
      recipientIds: todo.ownerIds,
    });

  // A meeting in two days: its members and deputies.
  for (const meeting of await listMeetingsSoon(db, collaborationId, today, MEETING_SOON_DAYS))
    reminders.push({
      kind: 'meetingSoon',
      itemType: 'meeting',
      itemId: meeting.meetingId,
      dueOn: meeting.date,
      link: `/governance/meetings/${meeting.meetingId}`,
      params: { meetingName: meeting.meetingName },
      recipientIds: meeting.memberIds,
    });

  return reminders.filter((r) => r.recipientIds.length > 0 && isReminderDue(r.kind, r.dueOn, today));
}
