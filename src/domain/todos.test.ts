import { describe, expect, it } from 'vitest';
import { checkTodo, isFollowedUpAt, summarizeTodos, todoState, todoStatusOn } from './todos';

const today = '2026-03-10';

describe('R15 to-dos', () => {
  it('is overdue past its due date, due soon within a week, done when done', () => {
    expect(todoState({ status: 'open', dueOn: '2026-03-09' }, today)).toBe('overdue');
    expect(todoState({ status: 'open', dueOn: today }, today)).toBe('dueSoon');
    expect(todoState({ status: 'open', dueOn: '2026-03-17' }, today)).toBe('dueSoon');
    expect(todoState({ status: 'open', dueOn: '2026-03-18' }, today)).toBe('open');
    expect(todoState({ status: 'open', dueOn: null }, today)).toBe('open');
    expect(todoState({ status: 'done', dueOn: '2026-01-01' }, today)).toBe('done');
  });

  it('is due on or after the meeting that agreed it, and is not done in the future', () => {
    const base = { createdOn: '2026-02-01', dueOn: null, doneOn: null, today };
    expect(checkTodo({ ...base, dueOn: '2026-01-31' })).toEqual({
      code: 'GOVERNANCE_TODO_DUE_BEFORE_CREATED',
      field: 'dueOn',
    });
    expect(checkTodo({ ...base, dueOn: '2026-02-01' })).toBeNull();
    expect(checkTodo({ ...base, doneOn: '2026-03-11' })).toEqual({
      code: 'GOVERNANCE_TODO_DONE_IN_FUTURE',
      field: 'doneOn',
    });
    expect(checkTodo({ ...base, doneOn: '2026-01-15' })).toEqual({
      code: 'GOVERNANCE_TODO_DONE_BEFORE_CREATED',
      field: 'doneOn',
    });
  });

  it('a meeting follows up what was agreed before it: still open, or done since the previous meeting', () => {
    const meeting = { date: '2026-03-10', previousDate: '2026-01-20' };
    expect(isFollowedUpAt({ createdOn: '2026-01-20', status: 'open', doneOn: null }, meeting)).toBe(true);
    expect(isFollowedUpAt({ createdOn: '2025-11-25', status: 'open', doneOn: null }, meeting)).toBe(true);
    expect(isFollowedUpAt({ createdOn: '2026-01-20', status: 'done', doneOn: '2026-02-14' }, meeting)).toBe(
      true,
    );
    expect(isFollowedUpAt({ createdOn: '2025-11-25', status: 'done', doneOn: '2025-12-01' }, meeting)).toBe(
      false,
    );
    // agreed at this meeting itself: that is this meeting's own TO DO, not a follow-up
    expect(isFollowedUpAt({ createdOn: '2026-03-10', status: 'open', doneOn: null }, meeting)).toBe(false);
  });

  it('counts open, overdue and done, and open per owner with the most overdue first', () => {
    const summary = summarizeTodos(
      [
        { status: 'open', dueOn: '2026-03-01', ownerName: 'Kernpartner' },
        { status: 'open', dueOn: '2026-04-01', ownerName: 'Kernpartner' },
        { status: 'open', dueOn: '2026-02-01', ownerName: 'Coördinator' },
        { status: 'open', dueOn: '2026-02-02', ownerName: 'Coördinator' },
        { status: 'done', dueOn: '2026-02-01', ownerName: 'Stafmedewerker' },
      ],
      today,
    );
    expect(summary).toEqual({
      open: 4,
      overdue: 3,
      done: 1,
      byOwner: [
        { owner: 'Coördinator', open: 2, overdue: 2 },
        { owner: 'Kernpartner', open: 2, overdue: 1 },
      ],
    });
  });
});

describe('R15 to-dos in older minutes', () => {
  it('show the status they had on the day of the meeting', () => {
    const todo = { status: 'done' as const, doneOn: '2026-02-14' };
    expect(todoStatusOn(todo, '2026-02-13')).toBe('open');
    expect(todoStatusOn(todo, '2026-02-14')).toBe('done');
    expect(todoStatusOn({ status: 'open', doneOn: null }, '2026-02-14')).toBe('open');
  });
});
