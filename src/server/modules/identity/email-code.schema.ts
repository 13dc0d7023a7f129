// The second factor "a code by e-mail" (ADR 051), beside the authenticator app and passkeys.
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './identity.schema';

/**
 * A person who proved their mailbox with a first code (enrolment): sign-in asks them for a
 * mailed code from then on. One row per person; reset with the rest of the second factor (ADR 040).
 */
export const emailSecondFactors = pgTable('email_second_factors', {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  confirmedAt: timestamp({ withTimezone: true }).notNull(),
});

/**
 * A mailed code: only its salted SHA-256 is kept; valid until `expiresAt`, used once, and dead
 * after EMAIL_CODE_ATTEMPTS wrong tries. A new code replaces every live one of the person.
 */
export const emailCodes = pgTable(
  'email_codes',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text().$type<'signIn' | 'enrolment'>().notNull(),
    codeHash: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    attempts: integer().notNull().default(0),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.userId, t.createdAt),
    check('email_codes_purpose', sql`${t.purpose} in ('signIn', 'enrolment')`),
  ],
);
