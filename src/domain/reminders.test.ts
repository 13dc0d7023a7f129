import { describe, expect, it } from 'vitest';
import { addDays } from './dates';
import {
  DEFAULT_REMINDER_CHOICE,
  isReminderDue,
  REMINDER_KINDS,
  REMINDER_MAX_OVERDUE_DAYS,
  reminderChoiceOf,
} from './reminders';

const today = '2027-03-10';

describe('isReminderDue', () => {
  it('R4: the answer deadline is reminded from the day before it, not two days before', () => {
    expect(isReminderDue('referralAnswer', addDays(today, 2), today)).toBe(false);
    expect(isReminderDue('referralAnswer', addDays(today, 1), today)).toBe(true);
    expect(isReminderDue('referralAnswer', today, today)).toBe(true);
    expect(isReminderDue('referralAnswer', addDays(today, -3), today)).toBe(true);
  });

  it('R2: a bridging contact three days ahead, not four', () => {
    expect(isReminderDue('bridgingContact', addDays(today, 4), today)).toBe(false);
    expect(isReminderDue('bridgingContact', addDays(today, 3), today)).toBe(true);
  });

  it('R1: the short trajectory’s end whenever the rule lists it (its warning starts at 3.5 months)', () => {
    expect(isReminderDue('shortTermEnd', addDays(today, 20), today)).toBe(true);
  });

  it('R5 and to-dos: two days ahead', () => {
    for (const kind of ['familyCareFirstContact', 'todoDue'] as const) {
      expect(isReminderDue(kind, addDays(today, 3), today)).toBe(false);
      expect(isReminderDue(kind, addDays(today, 2), today)).toBe(true);
    }
  });

  it('a meeting in two days (or one, or today), never one that is past or further off', () => {
    expect(isReminderDue('meetingSoon', addDays(today, 3), today)).toBe(false);
    expect(isReminderDue('meetingSoon', addDays(today, 2), today)).toBe(true);
    expect(isReminderDue('meetingSoon', today, today)).toBe(true);
    expect(isReminderDue('meetingSoon', addDays(today, -1), today)).toBe(false);
  });

  it('something overdue for more than a month gets no new reminder (a first scan floods nobody)', () => {
    for (const kind of REMINDER_KINDS.filter((k) => k !== 'meetingSoon')) {
      expect(isReminderDue(kind, addDays(today, -REMINDER_MAX_OVERDUE_DAYS), today)).toBe(true);
      expect(isReminderDue(kind, addDays(today, -REMINDER_MAX_OVERDUE_DAYS - 1), today)).toBe(false);
    }
  });
});

describe('reminderChoiceOf', () => {
  it('is in the app with a daily digest unless the person chose otherwise', () => {
    expect(reminderChoiceOf([], 'todoDue')).toEqual(DEFAULT_REMINDER_CHOICE);
    expect(DEFAULT_REMINDER_CHOICE).toEqual({ inApp: true, email: 'digest' });
    const saved = [{ kind: 'todoDue' as const, inApp: false, email: 'each' as const }];
    expect(reminderChoiceOf(saved, 'todoDue')).toEqual({ inApp: false, email: 'each' });
    expect(reminderChoiceOf(saved, 'meetingSoon')).toEqual(DEFAULT_REMINDER_CHOICE);
  });
});
