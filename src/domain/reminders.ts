// Reminders (issue 12 points 6 and 7): when something a person must do becomes due, they hear of
// it once — in the app, by e-mail, or in a daily digest, as they chose per kind. What is due comes
// from the rules that already compute it (due-items.ts for R1, R2, R5; answer-target.ts for R4;
// todos for R15; the meeting's date); this file only says from when each one is worth a reminder.
import { addDays, daysBetween, type IsoDate } from './dates';

export const REMINDER_KINDS = [
  'referralAnswer',
  'bridgingContact',
  'shortTermEnd',
  'familyCareFirstContact',
  'todoDue',
  'meetingSoon',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Issue 12 point 6: "a meeting in two days" — and not once it has passed. */
export const MEETING_SOON_DAYS = 2;

/**
 * How many calendar days before its due day a reminder is sent, or 'whenListed' where the rule
 * itself already decides when a warning starts (R1 warns at 3.5 months: due-items lists the end
 * from that day on, so it is not counted again here).
 */
export const REMINDER_LEAD: Record<ReminderKind, number | 'whenListed'> = {
  // R4: the answer is due in 3 working days; the day before leaves time to answer.
  referralAnswer: 1,
  // R2: about one contact a month; three days ahead leaves time to plan a visit.
  bridgingContact: 3,
  shortTermEnd: 'whenListed',
  // R5: the provider's first contact within 5 days of the referral; a nudge two days before.
  familyCareFirstContact: 2,
  todoDue: 2,
  meetingSoon: MEETING_SOON_DAYS,
};

/**
 * Something overdue longer than this gets no new reminder: it is on the worklist already, and a
 * first scan of an old installation must not flood people with last year's deadlines.
 */
export const REMINDER_MAX_OVERDUE_DAYS = 30;

/** Is a reminder of this kind due today for an item due on `dueOn`? Once due, it stays due (until handled). */
export function isReminderDue(kind: ReminderKind, dueOn: IsoDate, today: IsoDate): boolean {
  if (kind === 'meetingSoon') return today <= dueOn && daysBetween(today, dueOn) <= MEETING_SOON_DAYS;
  if (daysBetween(dueOn, today) > REMINDER_MAX_OVERDUE_DAYS) return false;
  const lead = REMINDER_LEAD[kind];
  return lead === 'whenListed' || today >= addDays(dueOn, -lead);
}

/** What a reminder points at; with its id, the item a notification links to. */
export type ReminderItemType = 'referral' | 'trajectory' | 'todo' | 'meeting';

// ── Each person's choice per kind ─────────────────────────────────────────────────────────
/** By e-mail: not at all, one mail per reminder, or one daily digest of the day's reminders. */
export const EMAIL_DELIVERIES = ['none', 'each', 'digest'] as const;
export type EmailDelivery = (typeof EMAIL_DELIVERIES)[number];

export type ReminderChoice = { inApp: boolean; email: EmailDelivery };

/** In the app and one digest a day: nothing is missed, and no flood of mails. */
export const DEFAULT_REMINDER_CHOICE: ReminderChoice = { inApp: true, email: 'digest' };

/** A person's choice for one kind: what they saved, else the default. */
export function reminderChoiceOf(
  saved: readonly ({ kind: ReminderKind } & ReminderChoice)[],
  kind: ReminderKind,
): ReminderChoice {
  const own = saved.find((c) => c.kind === kind);
  return own ? { inApp: own.inApp, email: own.email } : { ...DEFAULT_REMINDER_CHOICE };
}
