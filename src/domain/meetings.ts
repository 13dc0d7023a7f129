// R15: meetings of the collaboration's bodies. Attendance is present, excused or represented by
// someone ("tvv"); the agenda opens with the approval and follow-up of the previous minutes;
// items not reached "for lack of time" carry over to the next meeting.
import { addDays, addMonths, type IsoDate } from './dates';

export const BODY_KINDS = [
  'steeringGroup',
  'employersCouncil',
  'workingGroup',
  'coreGroup',
  'soundingBoard',
  'learningNetwork',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const BODY_MEMBER_ROLES = ['chair', 'lead', 'member', 'secretary', 'advisor'] as const;
export type BodyMemberRole = (typeof BODY_MEMBER_ROLES)[number];

export const ATTENDANCE_STATUSES = ['present', 'excused', 'represented'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const AGENDA_ITEM_OUTCOMES = ['planned', 'discussed', 'notReached'] as const;
export type AgendaItemOutcome = (typeof AGENDA_ITEM_OUTCOMES)[number];

export const PREVIOUS_MINUTES_APPROVALS = ['approved', 'approvedWithCorrections', 'postponed'] as const;
export type PreviousMinutesApproval = (typeof PREVIOUS_MINUTES_APPROVALS)[number];

/** Is a membership running on a day? `to` is the last day of membership. */
export function isMembershipCurrent(member: { from: IsoDate; to: IsoDate | null }, day: IsoDate): boolean {
  return member.from <= day && (member.to === null || member.to >= day);
}

export type MembershipProblem = { code: 'GOVERNANCE_MEMBERSHIP_ENDS_BEFORE_START'; field: 'to' };

export function checkMembership(member: { from: IsoDate; to: IsoDate | null }): MembershipProblem | null {
  return member.to !== null && member.to < member.from
    ? { code: 'GOVERNANCE_MEMBERSHIP_ENDS_BEFORE_START', field: 'to' }
    : null;
}

/** Where a meeting stands: planned (not yet sent), invited, to be minuted, minutes shared. */
export type MeetingPhase = 'draft' | 'invited' | 'toMinute' | 'minutesShared';

export function meetingPhase(
  meeting: { date: IsoDate; invitedAt: Date | null; minutesSharedAt: Date | null },
  today: IsoDate,
): MeetingPhase {
  if (meeting.minutesSharedAt) return 'minutesShared';
  if (meeting.date <= today) return 'toMinute';
  return meeting.invitedAt ? 'invited' : 'draft';
}

export type MeetingTimeProblem = { code: 'GOVERNANCE_MEETING_ENDS_BEFORE_START'; field: 'endTime' };

/** Times are "HH:MM" on the Brussels clock; a meeting ends after it starts. */
export function checkMeetingTimes(
  startTime: string | null,
  endTime: string | null,
): MeetingTimeProblem | null {
  return startTime && endTime && endTime <= startTime
    ? { code: 'GOVERNANCE_MEETING_ENDS_BEFORE_START', field: 'endTime' }
    : null;
}

/**
 * The number an agenda item has in the invitation and the minutes. Item 1 is the approval and
 * follow-up of the previous minutes whenever there was a previous meeting, as in every set of
 * minutes the steering group keeps today.
 */
export function agendaNumber(index: number, hasPreviousMeeting: boolean): number {
  return index + (hasPreviousMeeting ? 2 : 1);
}

/** When each item starts ("HH:MM"), counting the durations from the meeting's start. */
export function agendaSchedule(
  startTime: string | null,
  durations: readonly (number | null)[],
): (string | null)[] {
  if (!startTime) return durations.map(() => null);
  const [h, m] = startTime.split(':').map(Number) as [number, number];
  let minutes = h * 60 + m;
  let known = true;
  return durations.map((duration) => {
    const start = known ? minutes : null;
    if (duration === null) known = false;
    else minutes += duration;
    if (start === null || start >= 24 * 60) return null;
    return `${String(Math.floor(start / 60)).padStart(2, '0')}:${String(start % 60).padStart(2, '0')}`;
  });
}

/** R15: items of the previous meeting that were not reached and were not carried over yet. */
export function itemsToCarryOver<T extends { id: string; outcome: AgendaItemOutcome }>(
  items: readonly T[],
  alreadyCarried: ReadonlySet<string>,
): T[] {
  return items.filter((item) => item.outcome === 'notReached' && !alreadyCarried.has(item.id));
}

export type AttendanceEntry = {
  memberId: string | null;
  name: string | null;
  status: AttendanceStatus;
  representedByName: string | null;
};

export type AttendanceProblem =
  | { code: 'GOVERNANCE_ATTENDANCE_MEMBER_TWICE'; field: string }
  | { code: 'GOVERNANCE_ATTENDANCE_REPRESENTATIVE_REQUIRED'; field: string }
  | { code: 'GOVERNANCE_ATTENDANCE_GUEST_NAME_REQUIRED'; field: string }
  | { code: 'GOVERNANCE_ATTENDANCE_GUEST_REPRESENTED'; field: string }
  | { code: 'GOVERNANCE_ATTENDANCE_NOT_A_MEMBER'; field: string };

/**
 * An attendance list: each member at most once; "represented" names who came in their place
 * (tvv); a guest (not a member) has a name and can only be present.
 */
export function checkAttendance(
  entries: readonly AttendanceEntry[],
  memberIds: ReadonlySet<string>,
): AttendanceProblem | null {
  const seen = new Set<string>();
  for (const [index, entry] of entries.entries()) {
    const at = `entries.${index}`;
    if (entry.memberId) {
      if (!memberIds.has(entry.memberId))
        return { code: 'GOVERNANCE_ATTENDANCE_NOT_A_MEMBER', field: `${at}.memberId` };
      if (seen.has(entry.memberId))
        return { code: 'GOVERNANCE_ATTENDANCE_MEMBER_TWICE', field: `${at}.memberId` };
      seen.add(entry.memberId);
    } else {
      if (!entry.name?.trim())
        return { code: 'GOVERNANCE_ATTENDANCE_GUEST_NAME_REQUIRED', field: `${at}.name` };
      if (entry.status !== 'present')
        return { code: 'GOVERNANCE_ATTENDANCE_GUEST_REPRESENTED', field: `${at}.status` };
    }
    if (entry.status === 'represented' && !entry.representedByName?.trim())
      return { code: 'GOVERNANCE_ATTENDANCE_REPRESENTATIVE_REQUIRED', field: `${at}.representedByName` };
  }
  return null;
}

export type PreviousMinutesProblem =
  | { code: 'GOVERNANCE_CORRECTIONS_REQUIRED'; field: 'corrections' }
  | { code: 'GOVERNANCE_NO_PREVIOUS_MEETING' };

export function checkPreviousMinutes(input: {
  hasPreviousMeeting: boolean;
  approval: PreviousMinutesApproval;
  corrections: string | null;
}): PreviousMinutesProblem | null {
  if (!input.hasPreviousMeeting) return { code: 'GOVERNANCE_NO_PREVIOUS_MEETING' };
  if (input.approval === 'approvedWithCorrections' && !input.corrections?.trim())
    return { code: 'GOVERNANCE_CORRECTIONS_REQUIRED', field: 'corrections' };
  return null;
}

/** A decision records when it is evaluated (R14), e.g. "after two working years". */
export type EvaluationState = 'none' | 'later' | 'upcoming' | 'due' | 'evaluated';

export const EVALUATION_UPCOMING_DAYS = 90;

export function evaluationState(
  decision: { evaluateOn: IsoDate | null; evaluatedOn: IsoDate | null },
  today: IsoDate,
): EvaluationState {
  if (decision.evaluatedOn) return 'evaluated';
  if (!decision.evaluateOn) return 'none';
  if (decision.evaluateOn <= today) return 'due';
  return decision.evaluateOn <= addDays(today, EVALUATION_UPCOMING_DAYS) ? 'upcoming' : 'later';
}

/** "Evaluate after two working years": the date a number of months after the decision. */
export function evaluationDateAfter(decidedOn: IsoDate, months: number): IsoDate {
  return addMonths(decidedOn, months);
}

export type DecisionProblem = { code: 'GOVERNANCE_EVALUATION_BEFORE_DECISION'; field: 'evaluateOn' };

export function checkDecisionDates(input: {
  decidedOn: IsoDate;
  evaluateOn: IsoDate | null;
}): DecisionProblem | null {
  return input.evaluateOn && input.evaluateOn <= input.decidedOn
    ? { code: 'GOVERNANCE_EVALUATION_BEFORE_DECISION', field: 'evaluateOn' }
    : null;
}
