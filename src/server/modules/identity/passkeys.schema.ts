// Passkeys (WebAuthn) as a second factor beside the authenticator app (ADR 040), and the one-use
// challenges a registration or a sign-in answers.
import { sql } from 'drizzle-orm';
import { bigint, check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sessions, users } from './identity.schema';

/** A person's passkeys, each named by them ("laptop", "phone"). */
export const passkeys = pgTable(
  'passkeys',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The authenticator's credential id, base64url; unique over the installation. */
    credentialId: text().notNull().unique(),
    /** The COSE public key, base64url. A public key: nothing to hide, nothing to hash. */
    publicKey: text().notNull(),
    /** The authenticator's signature counter (0 for those that keep none); it only goes up. */
    counter: bigint({ mode: 'number' }).notNull().default(0),
    transports: jsonb().$type<string[]>().notNull().default([]),
    name: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    lastUsedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.userId)],
);

/**
 * The challenge of one registration or one sign-in with a passkey: bound to the session that
 * asked for it, valid a few minutes, deleted when used (so it is used once).
 */
export const webauthnChallenges = pgTable(
  'webauthn_challenges',
  {
    sessionId: text()
      .primaryKey()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    purpose: text().$type<'registration' | 'authentication'>().notNull(),
    challenge: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [check('webauthn_challenges_purpose', sql`${t.purpose} in ('registration', 'authentication')`)],
);
