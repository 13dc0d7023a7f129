import type { MailTemplateDefinition } from './mail-template';

/**
 * Issue 12 point 6: one reminder (R1, R2, R4, R5, a to-do, a meeting) for a person who chose a
 * mail per reminder. `summary` is the reminder's text (`reminderText.<kind>`) in their language:
 * a reference, a date, a title — never a family's name.
 */
export const reminder = {
  name: 'reminder',
  params: ['summary', 'link', 'settingsLink'],
} as const satisfies MailTemplateDefinition;

/** Issue 12 point 6: the day's reminders in one mail, for a person who chose the daily digest. */
export const reminderDigest = {
  name: 'reminder-digest',
  params: ['day', 'lines', 'settingsLink'],
} as const satisfies MailTemplateDefinition;
