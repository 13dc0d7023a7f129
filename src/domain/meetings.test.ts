import { describe, expect, it } from 'vitest';
import {
  agendaNumber,
  agendaSchedule,
  checkAttendance,
  checkDecisionDates,
  checkMeetingTimes,
  checkMembership,
  checkPreviousMinutes,
  evaluationDateAfter,
  evaluationState,
  isMembershipCurrent,
  itemsToCarryOver,
  meetingPhase,
} from './meetings';

describe('R15 meetings of a body', () => {
  it('a membership runs from its first to its last day', () => {
    const member = { from: '2025-01-01', to: '2025-12-31' };
    expect(isMembershipCurrent(member, '2024-12-31')).toBe(false);
    expect(isMembershipCurrent(member, '2025-01-01')).toBe(true);
    expect(isMembershipCurrent(member, '2025-12-31')).toBe(true);
    expect(isMembershipCurrent(member, '2026-01-01')).toBe(false);
    expect(isMembershipCurrent({ from: '2025-01-01', to: null }, '2030-01-01')).toBe(true);
    expect(checkMembership({ from: '2025-01-01', to: '2024-12-31' })).toEqual({
      code: 'GOVERNANCE_MEMBERSHIP_ENDS_BEFORE_START',
      field: 'to',
    });
  });

  it('moves from draft to invited to minuting to shared', () => {
    const meeting = { date: '2026-03-10', invitedAt: null, minutesSharedAt: null };
    expect(meetingPhase(meeting, '2026-03-01')).toBe('draft');
    expect(meetingPhase({ ...meeting, invitedAt: new Date() }, '2026-03-01')).toBe('invited');
    expect(meetingPhase(meeting, '2026-03-10')).toBe('toMinute');
    expect(meetingPhase({ ...meeting, minutesSharedAt: new Date() }, '2026-03-11')).toBe('minutesShared');
  });

  it('ends after it starts', () => {
    expect(checkMeetingTimes('14:00', '13:30')).toEqual({
      code: 'GOVERNANCE_MEETING_ENDS_BEFORE_START',
      field: 'endTime',
    });
    expect(checkMeetingTimes('14:00', '16:30')).toBeNull();
    expect(checkMeetingTimes(null, '16:30')).toBeNull();
  });

  it('numbers items after "1. approval and follow-up of the previous minutes"', () => {
    expect(agendaNumber(0, true)).toBe(2);
    expect(agendaNumber(3, true)).toBe(5);
    expect(agendaNumber(0, false)).toBe(1);
  });

  it('schedules items from the start time until a duration is unknown', () => {
    expect(agendaSchedule('14:00', [15, 30, null, 20])).toEqual(['14:00', '14:15', '14:45', null]);
    expect(agendaSchedule(null, [15])).toEqual([null]);
  });

  it('carries items not reached over, once', () => {
    const items = [
      { id: 'a', outcome: 'discussed' as const },
      { id: 'b', outcome: 'notReached' as const },
      { id: 'c', outcome: 'notReached' as const },
      { id: 'd', outcome: 'planned' as const },
    ];
    expect(itemsToCarryOver(items, new Set(['c'])).map((i) => i.id)).toEqual(['b']);
  });

  it('records attendance: each member once, a stand-in for "tvv", guests present by name', () => {
    const members = new Set(['m1', 'm2']);
    const present = { memberId: 'm1', name: null, status: 'present' as const, representedByName: null };
    expect(checkAttendance([present], members)).toBeNull();
    expect(checkAttendance([present, present], members)).toMatchObject({
      code: 'GOVERNANCE_ATTENDANCE_MEMBER_TWICE',
      field: 'entries.1.memberId',
    });
    expect(
      checkAttendance(
        [{ memberId: 'm2', name: null, status: 'represented', representedByName: ' ' }],
        members,
      ),
    ).toMatchObject({ code: 'GOVERNANCE_ATTENDANCE_REPRESENTATIVE_REQUIRED' });
    expect(
      checkAttendance(
        [{ memberId: 'm2', name: null, status: 'represented', representedByName: 'Lotte Claeys' }],
        members,
      ),
    ).toBeNull();
    expect(
      checkAttendance([{ memberId: null, name: '', status: 'present', representedByName: null }], members),
    ).toMatchObject({ code: 'GOVERNANCE_ATTENDANCE_GUEST_NAME_REQUIRED' });
    expect(
      checkAttendance(
        [{ memberId: null, name: 'Gast', status: 'excused', representedByName: null }],
        members,
      ),
    ).toMatchObject({ code: 'GOVERNANCE_ATTENDANCE_GUEST_REPRESENTED' });
    expect(
      checkAttendance([{ memberId: 'x', name: null, status: 'present', representedByName: null }], members),
    ).toMatchObject({ code: 'GOVERNANCE_ATTENDANCE_NOT_A_MEMBER' });
  });

  it('approves the previous minutes, with corrections spelled out', () => {
    expect(
      checkPreviousMinutes({
        hasPreviousMeeting: true,
        approval: 'approvedWithCorrections',
        corrections: '',
      }),
    ).toEqual({ code: 'GOVERNANCE_CORRECTIONS_REQUIRED', field: 'corrections' });
    expect(
      checkPreviousMinutes({ hasPreviousMeeting: true, approval: 'approved', corrections: null }),
    ).toBeNull();
    expect(
      checkPreviousMinutes({ hasPreviousMeeting: false, approval: 'approved', corrections: null }),
    ).toEqual({
      code: 'GOVERNANCE_NO_PREVIOUS_MEETING',
    });
  });
});

describe('R14 decisions are evaluated', () => {
  it('after two working years', () => {
    expect(evaluationDateAfter('2024-11-25', 24)).toBe('2026-11-25');
    expect(checkDecisionDates({ decidedOn: '2024-11-25', evaluateOn: '2024-11-25' })).toEqual({
      code: 'GOVERNANCE_EVALUATION_BEFORE_DECISION',
      field: 'evaluateOn',
    });
  });

  it('shows an evaluation as coming up within 90 days, due when its date has come', () => {
    const today = '2026-03-10';
    expect(evaluationState({ evaluateOn: null, evaluatedOn: null }, today)).toBe('none');
    expect(evaluationState({ evaluateOn: '2026-12-01', evaluatedOn: null }, today)).toBe('later');
    expect(evaluationState({ evaluateOn: '2026-06-08', evaluatedOn: null }, today)).toBe('upcoming');
    expect(evaluationState({ evaluateOn: '2026-03-10', evaluatedOn: null }, today)).toBe('due');
    expect(evaluationState({ evaluateOn: '2026-03-01', evaluatedOn: '2026-03-05' }, today)).toBe('evaluated');
  });
});
