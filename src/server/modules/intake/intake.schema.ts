import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { OrganisationKind, ReferredThroughKind } from '../../../contracts/network';
import type { DuplicateReview } from '../../../domain/duplicate-family';
import type { ReferralStatus } from '../../../domain/referral-decision';
import { families } from '../families/families.schema';
import { fundingLines } from '../funding/funding.schema';
import { users } from '../identity/identity.schema';
import { collaborations, municipalities, organisations } from '../network/network.schema';

/** The configurable list of reasons a referral does not start. */
export const notStartedReasons = pgTable(
  'not_started_reasons',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    code: text().notNull(),
    label: text().notNull(),
    isActive: boolean().notNull().default(true),
    sortOrder: integer().notNull().default(0),
  },
  (t) => [unique().on(t.collaborationId, t.code)],
);

export const referrals = pgTable(
  'referrals',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    /** Human reference for phone calls and letters, e.g. AM-2026-0042; unique per collaboration. */
    reference: text().notNull(),
    receivedOn: date().notNull(),
    fundingLineId: uuid()
      .notNull()
      .references(() => fundingLines.id),
    registrantOrganisationKind: text().$type<OrganisationKind>().notNull(),
    registrantOrganisationName: text().notNull(),
    registrantContactName: text(),
    registrantContactEmail: text(),
    registrantContactPhone: text(),
    /** The registering partner's organisation when a partner user registered it (scope of access). */
    registrantOrganisationId: uuid().references(() => organisations.id),
    // R9: the partner or initiative the family came through, apart from the registrant.
    referredThroughKind: text().$type<ReferredThroughKind>(),
    referredThroughName: text(),
    familyId: uuid()
      .notNull()
      .references(() => families.id),
    municipalityNis: text()
      .notNull()
      .references(() => municipalities.nisCode),
    /** The zone at receipt: figures stay as they were when zones are later redrawn (R13). */
    primaryCareZoneCode: text(),
    isOutsideRegion: boolean().notNull(),
    requestForHelp: text().notNull(),
    consentToRefer: boolean().notNull(),
    status: text().$type<ReferralStatus>().notNull().default('received'),
    decidedOn: date(),
    decisionReasonCode: text(),
    decisionNote: text(),
    decidedBy: uuid().references(() => users.id),
    /** The name as it was when deciding, so the answer keeps its author when accounts change. */
    decidedByName: text(),
    /** R4: received or started past the line's yearly quota — a signal to government (R19). */
    overQuota: boolean().notNull().default(false),
    overQuotaReason: text(),
    /** R26: date of the first, perspective-giving conversation. */
    perspectiveConversationOn: date(),
    /** none | pending | linked | dismissed: the coordinator's review of a possible duplicate family. */
    duplicateReview: text().$type<DuplicateReview>().notNull().default('none'),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.collaborationId, t.reference),
    index().on(t.collaborationId, t.status, t.receivedOn),
    index().on(t.collaborationId, t.receivedOn),
    index().on(t.familyId),
    // The intake list's order (listReferrals: open ones first, oldest first, then newest first), so
    // its first page is read from the index instead of sorting the collaboration's referrals (ADR 041).
    index('referrals_intake_list_order_index').on(
      t.collaborationId,
      sql`(case when ${t.status} = 'received' then 0 else 1 end)`,
      sql`(case when ${t.status} = 'received' then ${t.receivedOn} end)`,
      t.receivedOn.desc().nullsFirst(),
      t.reference,
    ),
  ],
);

/**
 * The last reference number given out per collaboration and year (AM-2026-0042 → 42). One
 * `insert … on conflict do update … returning` hands out the next one: the row lock serialises
 * registrations of one collaboration only for that statement, and numbers go past 9999 (ADR 041).
 */
export const referenceCounters = pgTable(
  'reference_counters',
  {
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    year: integer().notNull(),
    lastNumber: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.collaborationId, t.year] })],
);
