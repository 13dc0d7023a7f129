import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { collaborations, organisations } from '../network/network.schema';

// People outside the team (partner referrers now, family members later) are users too,
// with narrow roles; what they reach is decided by role *and* relationship.
export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    email: text().notNull().unique(),
    displayName: text().notNull(),
    passwordHash: text().notNull(),
    roles: text().array().notNull(),
    organisationId: uuid().references(() => organisations.id),
    locale: text().notNull().default('nl'),
    isActive: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.collaborationId)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a leaked table does not hand out live sessions. */
    id: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    csrfToken: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.userId), index().on(t.expiresAt)],
);
