import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../identity/identity.schema';
import { collaborations } from '../network/network.schema';

/**
 * R30: how long a collaboration keeps its files — until the youngest member turns this age. No
 * row means the legal default (35, `DEFAULT_RETENTION_AGE`).
 */
export const retentionSettings = pgTable('retention_settings', {
  collaborationId: uuid()
    .primaryKey()
    .references(() => collaborations.id),
  retentionAge: integer().notNull(),
  /** Optimistic saves (ADR 020): raised by every update; a save names the version it started from. */
  version: integer().notNull().default(1),
  updatedBy: uuid()
    .notNull()
    .references(() => users.id),
  updatedByName: text().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
