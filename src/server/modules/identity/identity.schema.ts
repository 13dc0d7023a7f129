import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Locale } from '../../../contracts/common';
import type { Role } from '../../../domain/roles';
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
    /** Null for a family member without an e-mail address: they sign in with `signInName` (ADR 044). */
    email: text().unique(),
    /**
     * A family member's sign-in name (ADR 044), handed over with a one-time code at a home visit: short,
     * lower case, never containing '@', so it cannot be mistaken for an address. Null for everyone else.
     */
    signInName: text().unique(),
    displayName: text().notNull(),
    /** Null until an invited person sets their password (issue 12): such an account cannot sign in. */
    passwordHash: text(),
    roles: text().array().$type<Role[]>().notNull(),
    organisationId: uuid().references(() => organisations.id),
    locale: text().$type<Locale>().notNull().default('nl'),
    isActive: boolean().notNull().default(true),
    /** Failed sign-ins since the last successful one (and attempts in flight): the lockout counter. */
    failedSignIns: integer().notNull().default(0),
    /** Set when the counter reaches the limit; sign-in is refused until then (ADR 018). */
    lockedUntil: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.collaborationId),
    check('users_signs_in_somehow', sql`${t.email} is not null or ${t.signInName} is not null`),
  ],
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

/**
 * How long a collaboration's sessions live (ADR 018). No row: the defaults of session-policy.ts.
 * The bounds are checked here too, so no path can store a session that never ends.
 */
export const sessionPolicies = pgTable(
  'session_policies',
  {
    collaborationId: uuid()
      .primaryKey()
      .references(() => collaborations.id),
    idleMinutes: integer().notNull(),
    maxHours: integer().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('session_policies_idle_minutes', sql`${t.idleMinutes} between 5 and 480`),
    check('session_policies_max_hours', sql`${t.maxHours} between 1 and 24`),
  ],
);
