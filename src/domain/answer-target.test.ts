import { describe, expect, it } from 'vitest';
import { answerDeadline, perspectiveConversationDeadline } from './answer-target';

describe('answer deadline (R4)', () => {
  const receivedOn = '2026-11-16'; // Monday; due Thursday 19 November
  it('is on time before the due day, due on it, overdue after', () => {
    expect(answerDeadline({ receivedOn, decidedOn: null, today: '2026-11-18' })).toEqual({
      dueOn: '2026-11-19',
      state: 'onTime',
      workingDaysOpen: 2,
    });
    expect(answerDeadline({ receivedOn, decidedOn: null, today: '2026-11-19' }).state).toBe('dueToday');
    expect(answerDeadline({ receivedOn, decidedOn: null, today: '2026-11-20' }).state).toBe('overdue');
  });

  it('is met on time or late once decided, and counts open days until the decision', () => {
    expect(answerDeadline({ receivedOn, decidedOn: '2026-11-19', today: '2026-12-01' })).toMatchObject({
      state: 'metOnTime',
      workingDaysOpen: 3,
    });
    expect(answerDeadline({ receivedOn, decidedOn: '2026-11-20', today: '2026-12-01' }).state).toBe(
      'metLate',
    );
  });

  it('follows the target configured for the line', () => {
    expect(
      answerDeadline({ receivedOn, decidedOn: null, today: receivedOn, targetWorkingDays: 1 }).dueOn,
    ).toBe('2026-11-17');
    expect(
      answerDeadline({ receivedOn, decidedOn: null, today: receivedOn, targetWorkingDays: 10 }).dueOn,
    ).toBe('2026-11-30');
  });
});

describe('perspective-giving conversation (R26)', () => {
  it('is due one month after receipt', () => {
    expect(
      perspectiveConversationDeadline({ receivedOn: '2026-01-31', heldOn: null, today: '2026-02-27' }),
    ).toEqual({
      dueOn: '2026-02-28',
      state: 'onTime',
    });
    expect(
      perspectiveConversationDeadline({ receivedOn: '2026-01-31', heldOn: null, today: '2026-03-01' }).state,
    ).toBe('overdue');
    expect(
      perspectiveConversationDeadline({ receivedOn: '2026-10-01', heldOn: '2026-11-01', today: '2026-11-20' })
        .state,
    ).toBe('metOnTime');
    expect(
      perspectiveConversationDeadline({ receivedOn: '2026-10-01', heldOn: '2026-11-02', today: '2026-11-20' })
        .state,
    ).toBe('metLate');
  });
});
