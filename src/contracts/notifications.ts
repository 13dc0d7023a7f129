// In-app notifications and each person's choice of how reminders reach them (issue 12 points 6, 7).
import { z } from 'zod';
import { EMAIL_DELIVERIES, REMINDER_KINDS } from '../domain/reminders';

export const notificationDto = z.object({
  id: z.uuid(),
  kind: z.enum(REMINDER_KINDS),
  /** Where in the app the notification leads: the referral, the family's file, the meeting, the to-dos. */
  link: z.string(),
  /**
   * What the translated text is filled with: a due day (YYYY-MM-DD), a referral's reference, a
   * trajectory's kind, a meeting's or a to-do's title. Never a family's name.
   */
  params: z.record(z.string(), z.string()),
  dueOn: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationDto = z.infer<typeof notificationDto>;

export const NOTIFICATIONS_PAGE_SIZE = 20;

export const notificationListQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const notificationListResponse = z.object({
  items: z.array(notificationDto),
  page: z.number().int(),
  hasMore: z.boolean(),
  unread: z.number().int(),
});
export type NotificationListResponse = z.infer<typeof notificationListResponse>;

export const unreadCountResponse = z.object({ unread: z.number().int() });
export type UnreadCountResponse = z.infer<typeof unreadCountResponse>;

export const reminderChoice = z.object({
  kind: z.enum(REMINDER_KINDS),
  inApp: z.boolean(),
  email: z.enum(EMAIL_DELIVERIES),
});
export type ReminderChoiceDto = z.infer<typeof reminderChoice>;

/** Every kind, each with the person's choice (or the default). A save names the kinds it changes. */
export const reminderPreferences = z.object({
  choices: z.array(reminderChoice).max(REMINDER_KINDS.length),
});
export type ReminderPreferences = z.infer<typeof reminderPreferences>;
