// The mails of governance (issue 12 point 5), queued in the transaction of the action: the
// invitation with its .ics, the minutes shared, a to-do for a member. Each in the recipient's
// language; a body's mails name meetings and to-dos, never a family (governance reaches none).
import type { Locale } from '../../../contracts/common';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { translate } from '../../platform/i18n/translate';
import { findMailRecipients } from '../identity';
import { formatMailDate, queueMail } from '../messages';
import { listMembers } from './bodies.repository';
import { requireMeeting } from './governance-scope';
import { meetingInvitation } from './meeting-invitation';

/** The members and deputies with an account whose membership runs on the day. */
async function memberRecipients(tx: Executor, collaborationId: string, bodyId: string, day: string) {
  const members = await listMembers(tx, collaborationId, [bodyId]);
  const running = members.filter((m) => m.fromDate <= day && (!m.toDate || m.toDate >= day));
  const userIds = running.flatMap((m) => [m.userId, m.deputyUserId]).filter((id): id is string => !!id);
  return findMailRecipients(tx, collaborationId, userIds);
}

/** "Stuurgroep: Voorjaarsoverleg", or the body's name for a meeting without a title (as the .ics). */
const meetingNameOf = (meeting: { title: string | null }, body: { name: string }) =>
  meeting.title ? `${body.name}: ${meeting.title}` : body.name;

export async function mailMeetingInvitation(tx: Executor, actor: Actor, meetingId: string) {
  const { meeting, body } = await requireMeeting(tx, actor, meetingId);
  const meetingName = meetingNameOf(meeting, body);
  const calendars = new Map<Locale, { fileName: string; content: string }>();
  for (const recipient of await memberRecipients(tx, actor.collaborationId, body.id, meeting.date)) {
    const locale = recipient.locale;
    const ics = calendars.get(locale) ?? (await meetingInvitation(tx, actor, meeting.id, locale));
    calendars.set(locale, ics);
    await queueMail(tx, {
      collaborationId: actor.collaborationId,
      to: recipient.email,
      locale,
      template: 'meeting-invitation',
      params: {
        meetingName,
        startsAt: formatMailDate(locale, meeting.date, meeting.startTime),
        location: meeting.location ?? meeting.onlineLink ?? '–',
      },
      attachments: [
        {
          filename: ics.fileName,
          contentType: 'text/calendar',
          content: Buffer.from(ics.content).toString('base64'),
        },
      ],
    });
  }
}

export async function mailMinutesShared(tx: Executor, actor: Actor, meetingId: string) {
  const { meeting, body } = await requireMeeting(tx, actor, meetingId);
  const meetingName = meetingNameOf(meeting, body);
  for (const recipient of await memberRecipients(tx, actor.collaborationId, body.id, meeting.date)) {
    await queueMail(tx, {
      collaborationId: actor.collaborationId,
      to: recipient.email,
      locale: recipient.locale,
      template: 'minutes-shared',
      params: {
        meetingName,
        meetingDate: formatMailDate(recipient.locale, meeting.date),
      },
    });
  }
}

const SUBJECT_TEXT = 120;

/**
 * A to-do's owner is a name; when it is the name of a member of the body with an account, that
 * person is told. A role or an organisation as owner ("coördinator", "CAW") gets no mail.
 */
export async function mailTodoAssigned(
  tx: Executor,
  actor: Actor,
  view: { bodyName: string; todo: { bodyId: string; text: string; ownerName: string; dueOn: string | null } },
) {
  const { todo } = view;
  const today = actor.clock.today();
  const members = await listMembers(tx, actor.collaborationId, [todo.bodyId]);
  const owner = todo.ownerName.trim().toLocaleLowerCase('nl');
  const named = members.filter(
    (m) =>
      m.userId &&
      m.fromDate <= today &&
      (!m.toDate || m.toDate >= today) &&
      m.name.trim().toLocaleLowerCase('nl') === owner,
  );
  const recipients = await findMailRecipients(
    tx,
    actor.collaborationId,
    named.map((m) => m.userId as string),
  );
  for (const recipient of recipients) {
    const title = todo.text.length > SUBJECT_TEXT ? `${todo.text.slice(0, SUBJECT_TEXT - 1)}…` : todo.text;
    await queueMail(tx, {
      collaborationId: actor.collaborationId,
      to: recipient.email,
      locale: recipient.locale,
      template: 'todo-assigned',
      params: {
        bodyName: view.bodyName,
        todoTitle: title,
        dueDate: todo.dueOn
          ? formatMailDate(recipient.locale, todo.dueOn)
          : translate(recipient.locale, 'mail:noDueDate'),
      },
    });
  }
}
