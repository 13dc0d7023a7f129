import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { collaborations, organisations } from '../network/network.schema';

/**
 * Issue 14 point 1, seed 003 §5.2.1: one service a partner organisation offers, as the social map
 * shows it to a worker looking for follow-up care or a hand-over. The waiting time is what the
 * partner reports, with the day it was reported: the waiting the system knows itself is computed
 * from the families waiting (R18), never stored here.
 */
export const organisationOffers = pgTable(
  'organisation_offers',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    service: text().notNull(),
    targetGroup: text(),
    /** Ages served, in whole years; null is no bound. */
    ageFrom: integer(),
    ageTo: integer(),
    /** Primary-care zones served (codes such as elz57); empty is "the whole region". */
    zoneCodes: text().array().notNull().default(sql`'{}'::text[]`),
    howToRefer: text(),
    contact: text(),
    reportedWaitWeeks: integer(),
    waitReportedOn: date(),
    isActive: boolean().notNull().default(true),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.collaborationId, t.organisationId),
    check(
      'organisation_offers_ages',
      sql`${t.ageFrom} is null or ${t.ageTo} is null or ${t.ageFrom} <= ${t.ageTo}`,
    ),
  ],
);
