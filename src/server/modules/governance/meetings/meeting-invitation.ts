import { createEvent, type DateArray, type EventAttributes } from 'ics';
import type { Locale } from '../../../../contracts/common';
import { addDays } from '../../../../domain/dates';
import { brusselsTimeToInstant } from '../../../../domain/meeting-time';
import { agendaNumber, agendaSchedule } from '../../../../domain/meetings';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { translate } from '../../../platform/i18n/translate';
import { requireMeeting } from '../governance-scope';
import { listItems, neighbourMeeting } from './meetings.repository';

const DEFAULT_MINUTES = 120;

const dateArray = (iso: string): DateArray => iso.split('-').map(Number) as DateArray;

/** The invitation as an iCalendar file: the meeting at its Brussels time, with the agenda. */
export async function meetingInvitation(db: Db, actor: Actor, id: string, locale: Locale) {
  const { meeting, body } = await requireMeeting(db, actor, id);
  const items = await listItems(db, [meeting.id]);
  const previous = await neighbourMeeting(db, body.id, meeting.date, 'previous', meeting.id);
  const t = (key: string, params?: Record<string, unknown>) =>
    translate(locale, `codes:governanceMinutes.${key}`, params);
  const schedule = agendaSchedule(
    meeting.startTime,
    items.map((i) => i.durationMinutes),
  );
  const agenda = [
    ...(previous ? [`1. ${t('previousMinutesShort')}`] : []),
    ...items.map((item, i) => {
      const when = schedule[i] ? `${schedule[i]} ` : '';
      const by = item.presenter ? ` – ${item.presenter}` : '';
      return `${when}${agendaNumber(i, previous !== null)}. ${item.title}${by}`;
    }),
  ];
  const title = meeting.title ? `${body.name}: ${meeting.title}` : body.name;

  const timing: Pick<EventAttributes, 'start' | 'startInputType' | 'startOutputType'> & {
    end: EventAttributes['start'];
  } = meeting.startTime
    ? (() => {
        const start = brusselsTimeToInstant(meeting.date, meeting.startTime);
        const end = meeting.endTime
          ? brusselsTimeToInstant(meeting.date, meeting.endTime)
          : new Date(start.getTime() + DEFAULT_MINUTES * 60_000);
        return { start: start.getTime(), end: end.getTime(), startInputType: 'utc', startOutputType: 'utc' };
      })()
    : { start: dateArray(meeting.date), end: dateArray(addDays(meeting.date, 1)) };

  const { error, value } = createEvent({
    ...timing,
    endInputType: 'utc',
    endOutputType: 'utc',
    uid: `${meeting.id}@eenplan`,
    sequence: meeting.sequence,
    productId: 'eenplan',
    method: 'PUBLISH',
    title,
    location: meeting.location ?? meeting.onlineLink ?? undefined,
    ...(meeting.onlineLink ? { url: meeting.onlineLink } : {}),
    description: [`${t('agenda')}:`, ...agenda, ...(meeting.onlineLink ? ['', meeting.onlineLink] : [])].join(
      '\n',
    ),
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
  } as EventAttributes);
  if (error || !value) throw error ?? new Error('calendar file could not be made');
  return { fileName: `${body.abbreviation ?? body.name}-${meeting.date}.ics`, content: value };
}
