import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ConsentRecipient, ConsentScope } from '../../../domain/consent';
import type { NeverShownReason } from '../../../domain/family-visibility';
import { families, familyMembers } from '../families/families.schema';
import { users } from '../identity/identity.schema';
import { collaborations, organisations } from '../network/network.schema';

/**
 * R29, R27: a family member's consent to a partner organisation for a purpose and a scope, or a
 * young person's consent to the parents. Given in the portal or recorded by a worker from a paper
 * form (who recorded it, the date of the form). Withdrawn, never deleted: the sharing log names it.
 */
export const consents = pgTable(
  'consents',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    familyId: uuid()
      .notNull()
      .references(() => families.id),
    memberId: uuid()
      .notNull()
      .references(() => familyMembers.id),
    recipient: text().$type<ConsentRecipient>().notNull(),
    organisationId: uuid().references(() => organisations.id),
    purpose: text().notNull(),
    scopes: text().array().$type<ConsentScope[]>().notNull(),
    givenOn: date().notNull(),
    /** `portal`: the member in their own account; `paperForm`: a worker from a signed form. */
    source: text().$type<'portal' | 'paperForm'>().notNull(),
    formDate: date(),
    recordedBy: uuid().references(() => users.id),
    recordedByName: text().notNull(),
    /** R27: under 12 the parents decide and the child's view is still asked: what it said. */
    childView: text(),
    withdrawnOn: date(),
    withdrawnSource: text().$type<'portal' | 'paperForm'>(),
    withdrawnByName: text(),
    /** Optimistic saves (ADR 020): a withdrawal names the version it started from. */
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.familyId), index().on(t.collaborationId, t.organisationId)],
);

/** R29: every sharing with a partner — what, to whom, purpose, on which consents, by whom, when. */
export const sharings = pgTable(
  'sharings',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    familyId: uuid()
      .notNull()
      .references(() => families.id),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    purpose: text().notNull(),
    scope: text().$type<ConsentScope>().notNull(),
    consentIds: uuid().array().notNull(),
    /** What went: the family-visible content at the moment of sharing (R28 marks left out). */
    content: jsonb().$type<Record<string, unknown>>().notNull(),
    sharedOn: date().notNull(),
    sharedBy: uuid()
      .notNull()
      .references(() => users.id),
    sharedByName: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.familyId), index().on(t.collaborationId, t.organisationId)],
);

/** R27: a worker's assessment that a minor of 12+ is not competent, with the reason and a review date. */
export const competenceAssessments = pgTable(
  'competence_assessments',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    familyId: uuid()
      .notNull()
      .references(() => families.id),
    memberId: uuid()
      .notNull()
      .references(() => familyMembers.id),
    reason: text().notNull(),
    assessedOn: date().notNull(),
    reviewOn: date().notNull(),
    assessedBy: uuid()
      .notNull()
      .references(() => users.id),
    assessedByName: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.familyId)],
);

/**
 * R27, R28: what a family member may not read of an item of the file: never shown (with the
 * worker's reason when withheld), a young person's own part, or not for named members.
 */
export const itemMarks = pgTable(
  'item_marks',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    familyId: uuid()
      .notNull()
      .references(() => families.id),
    itemType: text().$type<'contact'>().notNull(),
    itemId: uuid().notNull(),
    neverShown: text().$type<NeverShownReason>(),
    withheldReason: text(),
    ownerMemberId: uuid().references(() => familyMembers.id),
    notForMemberIds: uuid().array().notNull(),
    markedBy: uuid()
      .notNull()
      .references(() => users.id),
    markedByName: text().notNull(),
    version: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.familyId), uniqueIndex().on(t.itemType, t.itemId)],
);
