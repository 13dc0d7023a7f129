import { boolean, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { collaborations, organisations } from '../network/network.schema';
import { users } from './identity.schema';

/**
 * A partner organisation whose people sign in with their own identity provider (OpenID Connect,
 * ADR 038). One issuer per organisation in a collaboration; roles still come from eenplan.
 */
export const signInProviders = pgTable(
  'sign_in_providers',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    /** The issuer exactly as the provider names itself; never a multi-tenant endpoint. */
    issuer: text().notNull(),
    clientId: text().notNull(),
    /** Null for a public client that relies on PKCE alone. Write-only: no API returns it. */
    clientSecret: text(),
    /** Accept a sign-in only when the provider says it used more than one factor (`amr`). */
    requireSecondFactor: boolean().notNull().default(true),
    isActive: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.collaborationId, t.organisationId)],
);

/** A person's identity at an outside provider (organisation SSO now; itsme or the government's login later). */
export const externalIdentities = pgTable(
  'external_identities',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    issuer: text().notNull(),
    subject: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
  },
  (t) => [unique().on(t.issuer, t.subject), index().on(t.userId)],
);

/**
 * A sign-in that went to the provider and has not come back yet: what the callback needs to check
 * the answer (PKCE verifier, nonce). Keyed by the hash of `state`; used once, lives minutes.
 */
export const singleSignOnAttempts = pgTable(
  'single_sign_on_attempts',
  {
    stateHash: text().primaryKey(),
    providerId: uuid()
      .notNull()
      .references(() => signInProviders.id, { onDelete: 'cascade' }),
    codeVerifier: text().notNull(),
    nonce: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.expiresAt)],
);
