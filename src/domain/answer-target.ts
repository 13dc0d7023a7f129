// R4: a referrer gets a fast answer on whether help can start. The target is a number of
// working days per funding line (default 3); R26: every referral gets a perspective-giving
// conversation within one month of its receipt.
import { addMonths, type IsoDate } from './dates';
import { addWorkingDays, workingDaysBetween } from './working-days';

export const DEFAULT_ANSWER_TARGET_WORKING_DAYS = 3;

export type DeadlineState = 'onTime' | 'dueToday' | 'overdue' | 'metOnTime' | 'metLate';

export type Deadline = { dueOn: IsoDate; state: DeadlineState };

function deadlineState(dueOn: IsoDate, metOn: IsoDate | null, today: IsoDate): DeadlineState {
  if (metOn) return metOn <= dueOn ? 'metOnTime' : 'metLate';
  if (today < dueOn) return 'onTime';
  return today === dueOn ? 'dueToday' : 'overdue';
}

/** R4: when the answer is due and where the referral stands against it. */
export function answerDeadline(input: {
  receivedOn: IsoDate;
  decidedOn: IsoDate | null;
  today: IsoDate;
  targetWorkingDays?: number;
}): Deadline & { workingDaysOpen: number } {
  const target = input.targetWorkingDays ?? DEFAULT_ANSWER_TARGET_WORKING_DAYS;
  const dueOn = addWorkingDays(input.receivedOn, target);
  const until = input.decidedOn ?? input.today;
  return {
    dueOn,
    state: deadlineState(dueOn, input.decidedOn, input.today),
    workingDaysOpen: workingDaysBetween(input.receivedOn, until),
  };
}

/** R26: the perspective-giving conversation is due one calendar month after receipt. */
export function perspectiveConversationDeadline(input: {
  receivedOn: IsoDate;
  heldOn: IsoDate | null;
  today: IsoDate;
}): Deadline {
  const dueOn = addMonths(input.receivedOn, 1);
  return { dueOn, state: deadlineState(dueOn, input.heldOn, input.today) };
}
