// What is due or overdue in a family's journey: the lists "my week" (a worker) and "all
// deadlines" (the coordinator) are built from these items, one rule each.
import { addDays, addMonths, daysBetween, type IsoDate } from './dates';
import {
  CARE_HOURS_DUE_DAYS,
  careWeekEndsOn,
  firstContactStatus,
  firstUnrecordedProjectWeek,
} from './family-care';
import {
  bridgingContactStatus,
  type Extension,
  type Handover,
  handoverMissing,
  needsCoordinationMeetings,
  shortTermStatus,
  type TrajectoryKind,
} from './trajectories';

export const DUE_KINDS = [
  'firstConversation',
  'firstPlan',
  'shortTermEnd',
  'extensionToAccept',
  'bridgingContact',
  'handoverConversation',
  'coordinationMeetingToPlan',
  'coordinationMeeting',
  'familyCareFirstContact',
  'familyCareHours',
  'planAction',
] as const;
export type DueKind = (typeof DUE_KINDS)[number];

export type DueState = 'overdue' | 'dueToday' | 'thisWeek' | 'later';

export type DueItem = {
  kind: DueKind;
  familyId: string;
  trajectoryId: string | null;
  dueOn: IsoDate;
  state: DueState;
  /** What it is about, in the data's own words: an action, a service, a meeting's date. */
  subject: string | null;
  /** An early warning shows before the week it is due in (R1 at 3.5 months). */
  isWarning: boolean;
};

export const WEEK_DAYS = 7;
/** R3 asks for "regular" coordination meetings; six weeks apart is the team's default rhythm. */
export const COORDINATION_INTERVAL_DAYS = 42;

export function dueState(dueOn: IsoDate, today: IsoDate): DueState {
  if (dueOn < today) return 'overdue';
  if (dueOn === today) return 'dueToday';
  return daysBetween(today, dueOn) <= WEEK_DAYS ? 'thisWeek' : 'later';
}

/** "My week": everything overdue, due today or within seven days, and early warnings. */
export function isInWeek(item: DueItem): boolean {
  return item.state !== 'later' || item.isWarning;
}

const item = (
  today: IsoDate,
  fields: Omit<DueItem, 'state' | 'isWarning' | 'subject'> & { subject?: string | null; isWarning?: boolean },
): DueItem => ({
  subject: null,
  isWarning: false,
  ...fields,
  state: dueState(fields.dueOn, today),
});

/** R26: within a month of the referral, a perspective-giving conversation and a first plan. */
export function firstStepsDueItems(input: {
  familyId: string;
  referral: { receivedOn: IsoDate; perspectiveConversationOn: IsoDate | null } | null;
  firstPlanOn: IsoDate | null;
  today: IsoDate;
}): DueItem[] {
  if (!input.referral) return [];
  const dueOn = addMonths(input.referral.receivedOn, 1);
  const items: DueItem[] = [];
  const base = { familyId: input.familyId, trajectoryId: null, dueOn };
  if (!input.referral.perspectiveConversationOn)
    items.push(item(input.today, { ...base, kind: 'firstConversation' }));
  if (!input.firstPlanOn) items.push(item(input.today, { ...base, kind: 'firstPlan' }));
  return items;
}

export type TrajectoryFacts = {
  id: string;
  familyId: string;
  kind: TrajectoryKind;
  startedOn: IsoDate;
  extension: Extension | null;
  lastContactOn: IsoDate | null;
  handover: (Handover & { receivingServices: readonly { organisation: string }[] }) | null;
  meetings: readonly { plannedOn: IsoDate; heldOn: IsoDate | null }[];
  familyCare?: {
    provider: string;
    referredOn: IsoDate;
    firstContactOn: IsoDate | null;
    /** Care weeks with hours recorded (R5); absent: not known, no reminder. */
    recordedWeeks?: readonly number[];
  } | null;
};

/** The deadlines of one open trajectory, by its kind's rule. */
export function trajectoryDueItems(t: TrajectoryFacts, today: IsoDate): DueItem[] {
  const base = { familyId: t.familyId, trajectoryId: t.id };
  const items: DueItem[] = [];
  if (t.kind === 'shortTerm') {
    // R1: warned from 3.5 months; past 4 months only with an accepted extension.
    const status = shortTermStatus({ startedOn: t.startedOn, today, extension: t.extension });
    if (today >= status.warnsOn || status.state === 'overdue')
      items.push(item(today, { ...base, kind: 'shortTermEnd', dueOn: status.endsOn, isWarning: true }));
    if (status.isExtensionPending)
      items.push(item(today, { ...base, kind: 'extensionToAccept', dueOn: status.endsOn }));
  }
  if (t.kind === 'bridging') {
    const status = bridgingContactStatus({ startedOn: t.startedOn, lastContactOn: t.lastContactOn, today });
    items.push(item(today, { ...base, kind: 'bridgingContact', dueOn: status.dueOn }));
  }
  if ((t.kind === 'handover' || t.kind === 'movingOut') && t.handover) {
    const subject = t.handover.receivingServices.map((s) => s.organisation).join(', ') || null;
    if (handoverMissing(t.handover).includes('conversation'))
      // R3: the joint conversation with the family; a fortnight after the start is the aim.
      items.push(
        item(today, { ...base, kind: 'handoverConversation', dueOn: addDays(t.startedOn, 14), subject }),
      );
    const open = t.meetings.filter((m) => !m.heldOn);
    for (const meeting of open)
      items.push(item(today, { ...base, kind: 'coordinationMeeting', dueOn: meeting.plannedOn, subject }));
    // R3: several services → regular coordination meetings; the next is planned once one is held.
    if (needsCoordinationMeetings(t.handover) && open.length === 0) {
      const lastHeld = t.meetings
        .map((m) => m.heldOn as IsoDate)
        .sort()
        .at(-1);
      const dueOn = lastHeld
        ? addDays(lastHeld, COORDINATION_INTERVAL_DAYS)
        : (t.handover.conversationOn ?? addDays(t.startedOn, 14));
      items.push(item(today, { ...base, kind: 'coordinationMeetingToPlan', dueOn, subject }));
    }
  }
  if (t.kind === 'familyCare' && t.familyCare && !t.familyCare.firstContactOn) {
    // R5: the provider contacts the family within 5 days of the referral; due until recorded.
    const status = firstContactStatus({ ...t.familyCare, today });
    items.push(
      item(today, {
        ...base,
        kind: 'familyCareFirstContact',
        dueOn: status.dueOn,
        subject: t.familyCare.provider,
      }),
    );
  }
  if (t.kind === 'familyCare' && t.familyCare?.recordedWeeks) {
    // R5: hours are recorded per week; the earliest project week ended without them is due.
    const week = firstUnrecordedProjectWeek({
      startedOn: t.startedOn,
      recordedWeeks: t.familyCare.recordedWeeks,
      today,
    });
    if (week !== null)
      items.push(
        item(today, {
          ...base,
          kind: 'familyCareHours',
          dueOn: addDays(careWeekEndsOn(t.startedOn, week), CARE_HOURS_DUE_DAYS),
          subject: t.familyCare.provider,
        }),
      );
  }
  return items;
}

/** Actions of the plan with a date and not yet done: the worker follows them up. */
export function planActionDueItems(input: {
  familyId: string;
  actions: readonly { description: string; dueOn: IsoDate | null; doneOn: IsoDate | null }[];
  today: IsoDate;
}): DueItem[] {
  return input.actions
    .filter((a) => a.dueOn && !a.doneOn)
    .map((a) =>
      item(input.today, {
        familyId: input.familyId,
        trajectoryId: null,
        kind: 'planAction',
        dueOn: a.dueOn as IsoDate,
        subject: a.description,
      }),
    );
}

/** Most urgent first: overdue by date, then today, then the week, then later. */
export function sortDueItems<T extends DueItem>(items: readonly T[]): T[] {
  const rank: Record<DueState, number> = { overdue: 0, dueToday: 1, thisWeek: 2, later: 3 };
  return [...items].sort(
    (a, b) => rank[a.state] - rank[b.state] || a.dueOn.localeCompare(b.dueOn) || a.kind.localeCompare(b.kind),
  );
}
