import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { collaborations } from '../network/network.schema';
import { users } from './identity.schema';

/**
 * An invitation to set a password (issue 12, ADR 034). Only the SHA-256 of the token is kept, as
 * for sessions: a leaked table hands out no accounts. One use (usedAt), a deadline (expiresAt),
 * and a newer invitation of the same person revokes the older ones (revokedAt).
 */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    tokenHash: text().notNull().unique(),
    /** No foreign key on purpose, as in the audit trail: who invited outlives their account. */
    invitedBy: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.userId)],
);
