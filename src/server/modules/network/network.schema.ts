import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { OrganisationKind } from '../../../contracts/network';

// Reference data, the same for every collaboration: the official municipality table.
export const primaryCareZones = pgTable('primary_care_zones', {
  code: text().primaryKey(),
  name: text().notNull(),
});

export const municipalities = pgTable(
  'municipalities',
  {
    nisCode: text().primaryKey(),
    name: text().notNull(),
    regionName: text().notNull(),
    provinceName: text().notNull(),
    primaryCareZoneCode: text()
      .notNull()
      .references(() => primaryCareZones.code),
    referenceRegionCode: text(),
    referenceRegionName: text(),
  },
  (t) => [index().on(t.primaryCareZoneCode)],
);

/** The tenant: one regional collaboration. Every table of its data carries its id. */
export const collaborations = pgTable('collaborations', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  slug: text().notNull().unique(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

// R13: a collaboration serves whole primary-care zones; issue 15: a zone belongs to at most one
// collaboration of the installation, so a family's municipality names one collaboration (or none).
export const collaborationZones = pgTable(
  'collaboration_zones',
  {
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    zoneCode: text()
      .notNull()
      .references(() => primaryCareZones.code),
  },
  (t) => [primaryKey({ columns: [t.collaborationId, t.zoneCode] }), uniqueIndex().on(t.zoneCode)],
);

export const organisations = pgTable(
  'organisations',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    kind: text().$type<OrganisationKind>().notNull(),
    name: text().notNull(),
    /** The organisation's part in the collaboration: leadPartner, partner, referrer. */
    role: text(),
    // Issue 12: where to find the partner and whom to call there.
    address: text(),
    contactName: text(),
    contactEmail: text(),
    contactPhone: text(),
    /** A partner that stopped is deactivated, never deleted: workers, referrals and minutes name it. */
    isActive: boolean().notNull().default(true),
    /** Optimistic saves (ADR 020): an edit names the version it started from. */
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.collaborationId)],
);
