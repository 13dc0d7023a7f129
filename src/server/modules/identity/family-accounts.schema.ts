import { index, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { families, familyMembers } from '../families/families.schema';
import { collaborations } from '../network/network.schema';
import { users } from './identity.schema';

/**
 * A family member's own account (issue 13, ADR 044): a `users` row without roles (password,
 * sessions, second factor and a later external identity are all the account's) linked to the
 * one member of one family it belongs to. A session of such a user is a family actor.
 */
export const familyAccounts = pgTable(
  'family_accounts',
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    familyId: uuid()
      .notNull()
      .references(() => families.id),
    /** One account per member: a parent or a young person from 12 (R27). */
    memberId: uuid()
      .notNull()
      .unique()
      .references(() => familyMembers.id),
    /** The worker who invited the member; null for the demo's account. */
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.familyId)],
);
