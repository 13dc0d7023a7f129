// The second factor (ADR 036): an authenticator app's TOTP secret and one-use recovery codes;
// the half-signed-in step between password and second factor; where a person is signed in.
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { collaborations } from '../network/network.schema';
import { sessions, users } from './identity.schema';

/**
 * One authenticator per person. Sign-in asks for it once `confirmedAt` is set (a first code proved
 * the app has the secret). The secret is answered only when enrolment starts, never again.
 */
export const secondFactors = pgTable('second_factors', {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** Base32 RFC 6238 secret, once confirmed with a code. */
  secret: text(),
  /** A new secret waiting for its first code; a confirmed one keeps working meanwhile. */
  pendingSecret: text(),
  confirmedAt: timestamp({ withTimezone: true }),
  /** The last 30-second step a code was accepted for: a code is never accepted twice. */
  lastUsedStep: integer().notNull().default(0),
  /**
   * Set when an administrator reset the second factor (ADR 040): the next sign-in goes to the
   * enrolment step whatever the collaboration's rule; cleared when an authenticator is confirmed.
   */
  enrolmentDue: boolean().notNull().default(false),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Ten per enrolment; SHA-256 of the code (they are random, 50 bits), used once. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.userId)],
);

/**
 * A session with a row here is half signed in: the password was right, the second factor (or its
 * enrolment) is still due. It can do nothing but that step, and ends at `expiresAt` regardless.
 */
export const pendingSignIns = pgTable(
  'pending_sign_ins',
  {
    sessionId: text()
      .primaryKey()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    step: text().$type<'secondFactor' | 'enrolment'>().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [check('pending_sign_ins_step', sql`${t.step} in ('secondFactor', 'enrolment')`)],
);

/** What a person sees of a session in "where am I signed in": no full address, no raw agent. */
export const sessionDevices = pgTable('session_devices', {
  sessionId: text()
    .primaryKey()
    .references(() => sessions.id, { onDelete: 'cascade' }),
  /** "Firefox 128 on Windows", derived from the user agent at sign-in. */
  device: text().notNull(),
  /** The address with its last part cut off (IPv4 /24, IPv6 /48). */
  network: text().notNull(),
});

/** Who must use a second factor in a collaboration (ADR 036). No row: the default. */
export const secondFactorPolicies = pgTable(
  'second_factor_policies',
  {
    collaborationId: uuid()
      .primaryKey()
      .references(() => collaborations.id),
    requiredFor: text().$type<'familyFileRoles' | 'everyone' | 'nobody'>().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'second_factor_policies_required_for',
      sql`${t.requiredFor} in ('familyFileRoles', 'everyone', 'nobody')`,
    ),
  ],
);

/**
 * "Forgot password" (ADR 037): the SHA-256 of the e-mailed token, so a leaked table resets no
 * password; used once, and only until `expiresAt`.
 */
export const passwordResets = pgTable(
  'password_resets',
  {
    id: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.userId)],
);
