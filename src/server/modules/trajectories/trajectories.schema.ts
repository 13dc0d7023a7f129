import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ContactKind, HiddenReason } from '../../../contracts/trajectories';
import type { CloseReason, TrajectoryKind, TrajectoryStatus } from '../../../domain/trajectories';
import { families } from '../families/families.schema';
import { fundingLines } from '../funding/funding.schema';
import { users } from '../identity/identity.schema';
import { referrals } from '../intake/intake.schema';
import { collaborations } from '../network/network.schema';

export type HandoverRecord = {
  receivingServices: { organisation: string; service: string | null; worker: string | null }[];
  conversationOn: string | null;
  conversationParticipants: string[];
  sharedInformation: string | null;
  coordinationAgreement: string | null;
};

/** A period of help of one kind on one funding line (R1 R2 R3 R5 R20). */
export const trajectories = pgTable(
  'trajectories',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    familyId: uuid()
      .notNull()
      .references(() => families.id),
    kind: text().$type<TrajectoryKind>().notNull(),
    fundingLineId: uuid()
      .notNull()
      .references(() => fundingLines.id),
    referralId: uuid().references(() => referrals.id),
    startedOn: date().notNull(),
    status: text().$type<TrajectoryStatus>().notNull().default('open'),
    startedBy: uuid()
      .notNull()
      .references(() => users.id),
    startedByName: text().notNull(),
    // R1: going past 4 months, with the reason and who accepted it.
    extensionReason: text(),
    extensionUntilOn: date(),
    extensionRequestedOn: date(),
    extensionRequestedBy: uuid().references(() => users.id),
    extensionRequestedByName: text(),
    extensionAcceptedOn: date(),
    extensionAcceptedBy: uuid().references(() => users.id),
    extensionAcceptedByName: text(),
    // R2: what the family waits for meanwhile.
    waitingFor: text(),
    waitingListOf: text(),
    waitingSince: date(),
    // R3, R20: the hand-over record; moving out also names where to.
    handover: jsonb().$type<HandoverRecord>(),
    newMunicipality: text(),
    movingOn: date(),
    // R5: family care — the provider, the referral to it, its first contact within 5 days, and
    // whether the referrer attended the first conversation (null: not known yet).
    familyCareProvider: text(),
    familyCareReferredOn: date(),
    familyCareFirstContactOn: date(),
    familyCareReferrerPresent: boolean(),
    // R21: closing, with the family's own rating.
    closedOn: date(),
    closeReason: text().$type<CloseReason>(),
    closeNote: text(),
    closingConversationOn: date(),
    familyRating: integer(),
    familyWords: text(),
    goalsTotal: integer(),
    goalsReached: integer(),
    goalsPartlyReached: integer(),
    servicesAtStart: integer(),
    servicesAtEnd: integer(),
    closedByName: text(),
    /** Optimistic saves (ADR 020): raised by every update; a save names the version it started from. */
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.collaborationId, t.status), index().on(t.familyId)],
);

/** A contact with the family. R28: a note may be kept out of the family's view, with why. */
export const contacts = pgTable(
  'contacts',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    familyId: uuid()
      .notNull()
      .references(() => families.id),
    trajectoryId: uuid().references(() => trajectories.id),
    kind: text().$type<ContactKind>().notNull(),
    occurredOn: date().notNull(),
    durationMinutes: integer().notNull(),
    participants: text().array().notNull(),
    note: text(),
    hiddenReason: text().$type<HiddenReason>(),
    recordedBy: uuid()
      .notNull()
      .references(() => users.id),
    recordedByName: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.familyId, t.occurredOn), index().on(t.collaborationId, t.occurredOn)],
);

/** R3: coordination meetings with the family when several services are involved. */
export const coordinationMeetings = pgTable(
  'coordination_meetings',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    familyId: uuid()
      .notNull()
      .references(() => families.id),
    trajectoryId: uuid()
      .notNull()
      .references(() => trajectories.id),
    plannedOn: date().notNull(),
    heldOn: date(),
    participants: text().array().notNull(),
    decisions: text(),
    isFamilyPresent: boolean(),
    contactId: uuid().references(() => contacts.id),
    /** Optimistic saves (ADR 020): raised by every update; a save names the version it started from. */
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.trajectoryId)],
);

/**
 * R5: the hours of family care, per care week (week 1 starts on the trajectory's start date), in
 * minutes. One row per week; a correction replaces it. What the project pays is derived on read.
 */
export const familyCareWeeks = pgTable(
  'family_care_weeks',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    trajectoryId: uuid()
      .notNull()
      .references(() => trajectories.id),
    week: integer().notNull(),
    minutes: integer().notNull(),
    recordedBy: uuid()
      .notNull()
      .references(() => users.id),
    recordedByName: text().notNull(),
    /** Optimistic saves (ADR 020): raised by every update; a save names the version it started from. */
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.trajectoryId, t.week), index().on(t.collaborationId)],
);
