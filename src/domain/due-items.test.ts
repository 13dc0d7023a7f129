import { describe, expect, it } from 'vitest';
import {
  dueState,
  firstStepsDueItems,
  isInWeek,
  planActionDueItems,
  sortDueItems,
  type TrajectoryFacts,
  trajectoryDueItems,
} from './due-items';

const trajectory = (over: Partial<TrajectoryFacts>): TrajectoryFacts => ({
  id: 't1',
  familyId: 'f1',
  kind: 'shortTerm',
  startedOn: '2026-01-31',
  extension: null,
  lastContactOn: null,
  handover: null,
  meetings: [],
  ...over,
});

describe('due items', () => {
  it('a due date in the future is this week up to seven days ahead, later after that', () => {
    expect(dueState('2026-03-10', '2026-03-10')).toBe('dueToday');
    expect(dueState('2026-03-09', '2026-03-10')).toBe('overdue');
    expect(dueState('2026-03-17', '2026-03-10')).toBe('thisWeek');
    expect(dueState('2026-03-18', '2026-03-10')).toBe('later');
  });

  it('R1: the end of a short trajectory shows as a warning from 3.5 months', () => {
    expect(trajectoryDueItems(trajectory({}), '2026-05-14')).toEqual([]);
    const [warning] = trajectoryDueItems(trajectory({}), '2026-05-15');
    expect(warning).toMatchObject({
      kind: 'shortTermEnd',
      dueOn: '2026-05-31',
      state: 'later',
      isWarning: true,
    });
    expect(isInWeek(warning as never)).toBe(true);
    expect(trajectoryDueItems(trajectory({}), '2026-06-01')[0]?.state).toBe('overdue');
  });

  it('R1: a pending extension asks a coach or the coordinator to accept it', () => {
    const items = trajectoryDueItems(
      trajectory({ extension: { requestedBy: 'w', untilOn: '2026-07-01', acceptedOn: null } }),
      '2026-05-20',
    );
    expect(items.map((i) => i.kind)).toEqual(['shortTermEnd', 'extensionToAccept']);
  });

  it('R2: bridging asks for the next contact within 31 days', () => {
    const [item] = trajectoryDueItems(
      trajectory({ kind: 'bridging', startedOn: '2026-02-01', lastContactOn: '2026-02-20' }),
      '2026-03-20',
    );
    expect(item).toMatchObject({ kind: 'bridgingContact', dueOn: '2026-03-23', state: 'thisWeek' });
  });

  it('R5: the provider’s first contact is due 5 days after the referral, until it is recorded', () => {
    const familyCare = { provider: 'Gezinszorg Test', referredOn: '2026-03-02', firstContactOn: null };
    const [item] = trajectoryDueItems(trajectory({ kind: 'familyCare', familyCare }), '2026-03-07');
    expect(item).toMatchObject({
      kind: 'familyCareFirstContact',
      dueOn: '2026-03-07',
      state: 'dueToday',
      subject: 'Gezinszorg Test',
    });
    expect(trajectoryDueItems(trajectory({ kind: 'familyCare', familyCare }), '2026-03-08')[0]?.state).toBe(
      'overdue',
    );
    const recorded = { ...familyCare, firstContactOn: '2026-03-09' };
    expect(
      trajectoryDueItems(trajectory({ kind: 'familyCare', familyCare: recorded }), '2026-03-20'),
    ).toEqual([]);
  });

  it('R5: hours of an ended care week are due three days after it, until recorded', () => {
    const familyCare = {
      provider: 'Gezinszorg Test',
      referredOn: '2026-03-02',
      firstContactOn: '2026-03-03',
      recordedWeeks: [1],
    };
    // Started Monday 02/03: week 2 ends Sunday 15/03, its hours are due Wednesday 18/03.
    const at = (today: string, weeks = familyCare.recordedWeeks) =>
      trajectoryDueItems(
        trajectory({
          kind: 'familyCare',
          startedOn: '2026-03-02',
          familyCare: { ...familyCare, recordedWeeks: weeks },
        }),
        today,
      );
    expect(at('2026-03-15')).toEqual([]);
    expect(at('2026-03-16')[0]).toMatchObject({
      kind: 'familyCareHours',
      dueOn: '2026-03-18',
      state: 'thisWeek',
      subject: 'Gezinszorg Test',
    });
    expect(at('2026-03-19')[0]?.state).toBe('overdue');
    expect(at('2026-03-19', [1, 2])).toEqual([]);
  });

  it('R3: the joint conversation, and coordination meetings when several services start', () => {
    const h = {
      receivingServices: [{ organisation: 'CGG' }, { organisation: 'CAW' }],
      conversationOn: null,
      conversationParticipants: [],
      sharedInformation: null,
      coordinationAgreement: null,
    };
    const kinds = (t: Partial<TrajectoryFacts>) =>
      trajectoryDueItems(
        trajectory({ kind: 'handover', startedOn: '2026-03-01', handover: h, ...t }),
        '2026-03-05',
      ).map((i) => [i.kind, i.dueOn]);
    expect(kinds({})).toEqual([
      ['handoverConversation', '2026-03-15'],
      ['coordinationMeetingToPlan', '2026-03-15'],
    ]);
    expect(kinds({ meetings: [{ plannedOn: '2026-04-02', heldOn: null }] })).toEqual([
      ['handoverConversation', '2026-03-15'],
      ['coordinationMeeting', '2026-04-02'],
    ]);
    // Once a meeting is held, the next one is due six weeks later.
    expect(kinds({ meetings: [{ plannedOn: '2026-03-04', heldOn: '2026-03-04' }] })).toContainEqual([
      'coordinationMeetingToPlan',
      '2026-04-15',
    ]);
  });

  it('R26: the first conversation and the first plan within a month of the referral', () => {
    const items = firstStepsDueItems({
      familyId: 'f1',
      referral: { receivedOn: '2026-01-31', perspectiveConversationOn: null },
      firstPlanOn: null,
      today: '2026-02-27',
    });
    expect(items.map((i) => [i.kind, i.dueOn, i.state])).toEqual([
      ['firstConversation', '2026-02-28', 'thisWeek'],
      ['firstPlan', '2026-02-28', 'thisWeek'],
    ]);
    expect(
      firstStepsDueItems({
        familyId: 'f1',
        referral: { receivedOn: '2026-01-31', perspectiveConversationOn: '2026-02-10' },
        firstPlanOn: '2026-02-20',
        today: '2026-03-01',
      }),
    ).toEqual([]);
  });

  it('plan actions with a date, not done, sorted most urgent first', () => {
    const items = planActionDueItems({
      familyId: 'f1',
      today: '2026-03-10',
      actions: [
        { description: 'later', dueOn: '2026-04-01', doneOn: null },
        { description: 'done', dueOn: '2026-03-01', doneOn: '2026-03-02' },
        { description: 'no date', dueOn: null, doneOn: null },
        { description: 'late', dueOn: '2026-03-01', doneOn: null },
      ],
    });
    expect(sortDueItems(items).map((i) => [i.subject, i.state])).toEqual([
      ['late', 'overdue'],
      ['later', 'later'],
    ]);
  });
});
