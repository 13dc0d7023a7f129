import {
  boolean,
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { EmailDelivery, ReminderItemType, ReminderKind } from '../../../domain/reminders';
import { users } from '../identity/identity.schema';
import { collaborations } from '../network/network.schema';

// One row per reminder a person got (issue 12 points 6 and 7, ADR 039). The unique key is what
// makes a reminder happen once per due item: two scans at once, or a scan retried, insert it once
// and only the scan that inserted it mails it. Rows a person chose not to see in the app stay as
// the record of the reminder (and of the digest that carried it).
export const notifications = pgTable(
  'notifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    recipientUserId: uuid()
      .notNull()
      .references(() => users.id),
    kind: text().$type<ReminderKind>().notNull(),
    itemType: text().$type<ReminderItemType>().notNull(),
    itemId: uuid().notNull(),
    /** The due day the reminder is about: a moved deadline is a new reminder. */
    dueOn: date().notNull(),
    /** A path in the web app: /referrals/…, /families/…, /governance/…. */
    link: text().notNull(),
    /** The translated text's parameters: dates, a reference, a title; never a family's name. */
    params: jsonb().$type<Record<string, string>>().notNull(),
    /** The person's choice when it was created: shown in the app, and how it goes by e-mail. */
    inApp: boolean().notNull(),
    email: text().$type<EmailDelivery>().notNull(),
    /** Set when a daily digest carried it (only for email = 'digest'). */
    digestedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    unique('notifications_once_per_due_item').on(t.recipientUserId, t.kind, t.itemType, t.itemId, t.dueOn),
    index().on(t.recipientUserId, t.createdAt),
    index().on(t.email, t.digestedAt),
  ],
);

/** A person's choice per kind; a kind without a row has the default (in the app + daily digest). */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    kind: text().$type<ReminderKind>().notNull(),
    inApp: boolean().notNull(),
    email: text().$type<EmailDelivery>().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);
