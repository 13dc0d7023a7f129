import { date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { AgreementMethod } from '../../../contracts/plans';
import type { PlanContent } from '../../../domain/family-plan';
import { families } from '../families/families.schema';
import { users } from '../identity/identity.schema';
import { collaborations } from '../network/network.schema';

/** One plan per family (R17); the row holds which version is current and serialises saves. */
export const familyPlans = pgTable(
  'family_plans',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    familyId: uuid()
      .notNull()
      .references(() => families.id)
      .unique(),
    currentVersion: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.collaborationId)],
);

/**
 * Every saved version, whole and unchanged afterwards (ADR 011): read back, compared, printed.
 * The family's agreement is recorded on the version it agreed to.
 */
export const familyPlanVersions = pgTable(
  'family_plan_versions',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    planId: uuid()
      .notNull()
      .references(() => familyPlans.id),
    familyId: uuid()
      .notNull()
      .references(() => families.id),
    version: integer().notNull(),
    content: jsonb().$type<PlanContent>().notNull(),
    changeNote: text(),
    savedBy: uuid()
      .notNull()
      .references(() => users.id),
    savedByName: text().notNull(),
    savedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    agreedOn: date(),
    agreedBy: text().array(),
    agreementMethod: text().$type<AgreementMethod>(),
    agreementNote: text(),
    agreementRecordedBy: uuid().references(() => users.id),
    agreementRecordedByName: text(),
    agreementRecordedAt: timestamp({ withTimezone: true }),
    // R17: a version made by merging two files of one family names the plan folded into it.
    mergedFromFamilyId: uuid().references(() => families.id),
    mergedFromVersion: integer(),
  },
  (t) => [unique().on(t.planId, t.version), index().on(t.familyId)],
);
