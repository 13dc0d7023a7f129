// The minutes as the steering group knows them (seeds 000, 001): present, excused, "1. approval
// and follow-up of the previous minutes", numbered items with notes, "Reactie SG", advice,
// "Beslissing", "TO DO", and items "not discussed for lack of time". One model, two renderers
// (.docx and PDF), so both documents always say the same.
import type { AdviceRoundDto } from '../../../../contracts/governance/advice';
import type { AttendanceDto, MeetingDto } from '../../../../contracts/governance/meetings';
import type { TodoDto } from '../../../../contracts/governance/outcomes';
import { brusselsDay } from '../../../../domain/dates';
import { todoStatusOn } from '../../../../domain/todos';

export type MinutesBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'labelled'; label: string; text: string }
  | { kind: 'label'; text: string }
  | { kind: 'bullets'; items: string[] };

export type MinutesSection = { heading: string; blocks: MinutesBlock[] };

export type MinutesModel = {
  title: string;
  meta: string;
  present: string[];
  excused: string[];
  labels: { present: string; excused: string; page: string };
  sections: MinutesSection[];
  footer: string;
};

type T = (key: string, params?: Record<string, unknown>) => string;

export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function longDate(iso: string, languageTag: string): string {
  return new Intl.DateTimeFormat(languageTag, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

const paragraphs = (text: string | null): MinutesBlock[] =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ kind: 'paragraph', text: p }));

function person(a: AttendanceDto, t: T): string {
  const role = a.role && a.role !== 'member' ? t(`role.${a.role}`) : null;
  const details = [a.organisationName, role].filter(Boolean).join(', ');
  const who = details ? `${a.name} (${details})` : a.name;
  return a.status === 'represented' && a.representedByName
    ? t('representedBy', { representative: a.representedByName, member: who })
    : who;
}

function todoLine(todo: TodoDto, t: T): string {
  const due = todo.dueOn ? `, ${t('due', { date: shortDate(todo.dueOn) })}` : '';
  return `${todo.text} (${todo.ownerName}${due})`;
}

function adviceBlocks(round: AdviceRoundDto, t: T): MinutesBlock[] {
  const lines = round.members.flatMap((m) => {
    const a = m.advice;
    if (!a) return [];
    const who = m.organisationName ? `${m.name} (${m.organisationName})` : m.name;
    const detail =
      a.kind === 'positiveWithAmendment'
        ? `: ${a.amendment}`
        : a.kind === 'principledObjection'
          ? `: ${a.againstVisionAndValues} ${a.harmToClientsOrStakeholders}${a.objectionStatus !== 'open' ? ` (${t(`objection.${a.objectionStatus}`)}${a.resolutionNote ? `: ${a.resolutionNote}` : ''})` : ''}`
          : a.kind === 'personalObjection'
            ? `: ${a.objection}${a.followUp ? ` ${t('followUp')}: ${a.followUp}` : ''}`
            : '';
    return [`${who}: ${t(`advice.${a.kind}`)}${detail}`];
  });
  return [
    { kind: 'label', text: t('adviceRound', { title: round.title }) },
    ...paragraphs(round.proposal),
    ...(lines.length > 0 ? [{ kind: 'bullets' as const, items: lines }] : []),
  ];
}

function outcomeBlocks(
  meeting: MeetingDto,
  itemId: string | null,
  t: T,
  bodyLabel: string,
  reactions: string[] = [],
) {
  const blocks: MinutesBlock[] = [];
  if (reactions.length > 0) {
    blocks.push(
      { kind: 'label', text: t('reactions', { body: bodyLabel }) },
      { kind: 'bullets', items: reactions },
    );
  }
  for (const round of meeting.adviceRounds.filter((r) => (r.agendaItem?.id ?? null) === itemId))
    blocks.push(...adviceBlocks(round, t));
  for (const decision of meeting.decisions.filter((d) => (d.agendaItem?.id ?? null) === itemId)) {
    const date = decision.evaluateOn ? shortDate(decision.evaluateOn) : null;
    const evaluation = date
      ? ` ${decision.evaluationLabel ? t('evaluation', { label: decision.evaluationLabel, date }) : t('evaluationOn', { date })}`
      : '';
    blocks.push({ kind: 'labelled', label: t('decision'), text: `${decision.text}${evaluation}` });
  }
  const todos = meeting.todos.filter((todo) => (todo.agendaItem?.id ?? null) === itemId);
  if (todos.length > 0)
    blocks.push(
      { kind: 'label', text: t('todo') },
      { kind: 'bullets', items: todos.map((todo) => todoLine(todo, t)) },
    );
  return blocks;
}

function previousMinutesSection(meeting: MeetingDto, t: T): MinutesSection | null {
  const previous = meeting.previousMeeting;
  if (!previous) return null;
  const approval = meeting.minutes?.previousMinutes;
  const blocks: MinutesBlock[] = [];
  if (approval) {
    blocks.push({ kind: 'paragraph', text: t(`approval.${approval.approval}`) });
    if (approval.approval === 'approvedWithCorrections') blocks.push(...paragraphs(approval.corrections));
    blocks.push(...paragraphs(approval.followUpNotes));
  }
  if (meeting.followUpTodos.length > 0) {
    blocks.push({ kind: 'label', text: t('followUpTodos') });
    blocks.push({
      kind: 'bullets',
      items: meeting.followUpTodos.map((todo) => {
        const done = todoStatusOn(todo, meeting.date) === 'done' && todo.doneOn;
        return `${todoLine(todo, t)}: ${done ? t('todoDone', { date: shortDate(todo.doneOn as string) }) : t('todoOpen')}`;
      }),
    });
  }
  return {
    heading: `1. ${t('previousMinutes', { body: meeting.body.name, date: shortDate(previous.date) })}`,
    blocks,
  };
}

/** The minutes of a meeting in the reader's language; the content is as the members wrote it. */
export function minutesModel(meeting: MeetingDto, t: T, languageTag: string): MinutesModel {
  const bodyLabel = meeting.body.abbreviation ?? meeting.body.name;
  const attendance = meeting.minutes?.attendance ?? [];
  const time = meeting.startTime
    ? `, ${meeting.startTime}${meeting.endTime ? `–${meeting.endTime}` : ''}`
    : '';
  const place = meeting.location ?? meeting.onlineLink;
  const sections: MinutesSection[] = [];
  const first = previousMinutesSection(meeting, t);
  if (first) sections.push(first);
  for (const item of meeting.agenda) {
    const presenter = item.presenter ? ` – ${item.presenter}` : '';
    const carried = item.carriedFrom
      ? ` ${t('carriedFrom', { date: shortDate(item.carriedFrom.date) })}`
      : '';
    const blocks: MinutesBlock[] =
      item.outcome === 'notReached'
        ? [{ kind: 'paragraph', text: t('notReached') }]
        : [...paragraphs(item.notes), ...outcomeBlocks(meeting, item.id, t, bodyLabel, item.reactions ?? [])];
    sections.push({ heading: `${item.number}. ${item.title}${presenter}${carried}`, blocks });
  }
  const loose = outcomeBlocks(meeting, null, t, bodyLabel);
  if (loose.length > 0) sections.push({ heading: t('otherOutcomes'), blocks: loose });
  return {
    title: `${t('title', { body: meeting.body.name })}${meeting.title ? `: ${meeting.title}` : ''}`,
    meta: `${longDate(meeting.date, languageTag)}${time}${place ? ` · ${place}` : ''}`,
    present: attendance.filter((a) => a.status !== 'excused').map((a) => person(a, t)),
    excused: attendance.filter((a) => a.status === 'excused').map((a) => person(a, t)),
    labels: { present: t('present'), excused: t('excused'), page: t('page') },
    sections,
    footer: meeting.minutesSharedAt
      ? t('shared', { date: shortDate(brusselsDay(new Date(meeting.minutesSharedAt))) })
      : t('draft'),
  };
}
