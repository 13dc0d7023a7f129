import { boolean, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type {
  CorrectionField,
  CorrectionStatus,
  CorrectionSubject,
  WordsSubject,
} from '../../../domain/family-voice';
import { families, familyMembers } from '../families/families.schema';
import { users } from '../identity/identity.schema';
import { collaborations } from '../network/network.schema';

/**
 * R16, "wat wij ervan vinden": a family member's own words beside a goal, an evaluation or a
 * contact note — never an edit of the worker's text. Rows are never changed but for being
 * superseded (an edit is a new row naming the one it replaces) or withdrawn: the history stays.
 * `subjectId` is a plan item's id (stable across versions, ADR 011) or a contact's id.
 */
export const familyEntries = pgTable(
  'family_entries',
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
    subject: text().$type<WordsSubject>().notNull(),
    subjectId: text().notNull(),
    /** The plan version the member read when writing (plan items); null for a contact note. */
    planVersion: integer(),
    text: text().notNull(),
    previousId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    supersededAt: timestamp({ withTimezone: true }),
    withdrawnAt: timestamp({ withTimezone: true }),
    /** When a worker of the file saw it ("my week" counts what no one has seen yet). */
    seenAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.familyId, t.createdAt), index().on(t.collaborationId, t.seenAt)],
);

/** R16: a member agrees, or not, to a plan version — once per version; a new version asks again. */
export const planResponses = pgTable(
  'plan_responses',
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
    planVersion: integer().notNull(),
    agrees: boolean().notNull(),
    reason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    seenAt: timestamp({ withTimezone: true }),
  },
  (t) => [unique().on(t.familyId, t.memberId, t.planVersion), index().on(t.collaborationId, t.seenAt)],
);

/**
 * R16: a family asks to correct something written; the worker answers. The text asked about is
 * kept as it was read (`originalText`), the answer and the change beside it: nothing is changed
 * silently. An accepted plan correction names the version it became.
 */
export const correctionRequests = pgTable(
  'correction_requests',
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
    subject: text().$type<CorrectionSubject>().notNull(),
    subjectId: text().notNull(),
    field: text().$type<CorrectionField>().notNull(),
    planVersion: integer(),
    originalText: text(),
    reason: text().notNull(),
    proposedText: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    status: text().$type<CorrectionStatus>().notNull().default('open'),
    answeredBy: uuid().references(() => users.id),
    answeredByName: text(),
    answeredAt: timestamp({ withTimezone: true }),
    answerReason: text(),
    correctedText: text(),
    /** The plan version the accepted correction was saved as. */
    correctedInVersion: integer(),
  },
  (t) => [index().on(t.familyId, t.createdAt), index().on(t.collaborationId, t.status)],
);

/**
 * A short message between a family and its workers: one thread per family, plain text. From the
 * family: `memberId`; from a worker: `authorUserId`. `readAt` is when the other side read it.
 */
export const familyMessages = pgTable(
  'family_messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    familyId: uuid()
      .notNull()
      .references(() => families.id),
    memberId: uuid().references(() => familyMembers.id),
    authorUserId: uuid().references(() => users.id),
    authorName: text().notNull(),
    text: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.familyId, t.createdAt), index().on(t.collaborationId, t.readAt)],
);
