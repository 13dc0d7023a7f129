// R15: to-dos of a meeting (what, owner, due date) are followed from meeting to meeting until
// they are done. The next meeting's "approval and follow-up of the previous minutes" shows the
// open ones and the ones done since.
import { addDays, type IsoDate } from './dates';

export const TODO_STATUSES = ['open', 'done'] as const;
export type TodoStatus = (typeof TODO_STATUSES)[number];

/** What a list shows: done, overdue (past its due date), due within a week, or simply open. */
export type TodoState = 'open' | 'dueSoon' | 'overdue' | 'done';

export const DUE_SOON_DAYS = 7;

export function todoState(todo: { status: TodoStatus; dueOn: IsoDate | null }, today: IsoDate): TodoState {
  if (todo.status === 'done') return 'done';
  if (!todo.dueOn) return 'open';
  if (todo.dueOn < today) return 'overdue';
  if (todo.dueOn <= addDays(today, DUE_SOON_DAYS)) return 'dueSoon';
  return 'open';
}

export type TodoProblem =
  | { code: 'GOVERNANCE_TODO_DUE_BEFORE_CREATED'; field: 'dueOn' }
  | { code: 'GOVERNANCE_TODO_DONE_IN_FUTURE'; field: 'doneOn' }
  | { code: 'GOVERNANCE_TODO_DONE_BEFORE_CREATED'; field: 'doneOn' };

/** A to-do is due on or after the day it was agreed, and cannot be done in the future. */
export function checkTodo(input: {
  createdOn: IsoDate;
  dueOn: IsoDate | null;
  doneOn: IsoDate | null;
  today: IsoDate;
}): TodoProblem | null {
  if (input.dueOn && input.dueOn < input.createdOn)
    return { code: 'GOVERNANCE_TODO_DUE_BEFORE_CREATED', field: 'dueOn' };
  if (input.doneOn && input.doneOn > input.today)
    return { code: 'GOVERNANCE_TODO_DONE_IN_FUTURE', field: 'doneOn' };
  if (input.doneOn && input.doneOn < input.createdOn)
    return { code: 'GOVERNANCE_TODO_DONE_BEFORE_CREATED', field: 'doneOn' };
  return null;
}

type FollowedTodo = { createdOn: IsoDate; status: TodoStatus; doneOn: IsoDate | null };

/**
 * The to-dos a meeting follows up (R15): those agreed before it that were still open when it
 * took place, including those done since the previous meeting so the minutes can say so.
 */
export function isFollowedUpAt<T extends FollowedTodo>(
  todo: T,
  meeting: { date: IsoDate; previousDate: IsoDate | null },
): boolean {
  if (todo.createdOn >= meeting.date) return false;
  if (todo.status === 'open' || !todo.doneOn) return true;
  const since = meeting.previousDate ?? todo.createdOn;
  return todo.doneOn >= since;
}

export type TodoSummary = {
  open: number;
  overdue: number;
  done: number;
  byOwner: { owner: string; open: number; overdue: number }[];
};

/** Counts for the to-do list: open (overdue included), overdue, done, and open per owner. */
export function summarizeTodos(
  todos: readonly { status: TodoStatus; dueOn: IsoDate | null; ownerName: string }[],
  today: IsoDate,
): TodoSummary {
  const owners = new Map<string, { open: number; overdue: number }>();
  let open = 0;
  let overdue = 0;
  let done = 0;
  for (const todo of todos) {
    const state = todoState(todo, today);
    if (state === 'done') {
      done += 1;
      continue;
    }
    open += 1;
    const owner = owners.get(todo.ownerName) ?? { open: 0, overdue: 0 };
    owner.open += 1;
    if (state === 'overdue') {
      overdue += 1;
      owner.overdue += 1;
    }
    owners.set(todo.ownerName, owner);
  }
  const byOwner = [...owners]
    .map(([owner, counts]) => ({ owner, ...counts }))
    .sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.owner.localeCompare(b.owner, 'nl'));
  return { open, overdue, done, byOwner };
}

/** A to-do as it stood on a day: done only if it was done by then (minutes of an older meeting). */
export function todoStatusOn(todo: { status: TodoStatus; doneOn: IsoDate | null }, day: IsoDate): TodoStatus {
  return todo.status === 'done' && todo.doneOn !== null && todo.doneOn <= day ? 'done' : 'open';
}
