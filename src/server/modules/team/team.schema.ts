import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { families } from '../families/families.schema';
import { users } from '../identity/identity.schema';
import { referrals } from '../intake/intake.schema';
import { collaborations, organisations } from '../network/network.schema';

// FTE in hundredths (50 = half-time): rules compare sums of FTE, never floats.

/** A funded unit of staff capacity an employer brings in (typemodule). */
export const typeModules = pgTable(
  'type_modules',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    employerOrganisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    name: text().notNull(),
    fte: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.collaborationId)],
);

/** A person working in the team, seconded from a home organisation (R11). */
export const workers = pgTable(
  'workers',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    /** The eenplan account of the worker, if they have one. */
    userId: uuid().references(() => users.id),
    displayName: text().notNull(),
    homeOrganisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    function: text().notNull(),
    typeModuleId: uuid().references(() => typeModules.id),
    fteTeam: integer().notNull(),
    fteHomeOrganisation: integer().notNull().default(0),
    secondmentStart: date().notNull(),
    secondmentEnd: date(),
    /** Region of the worker: a primary-care zone of the collaboration (R10 suggests by region). */
    zoneCode: text(),
    site: text(),
    isNewHire: boolean().notNull().default(false),
    flexibleSpreadingFrom: date(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.collaborationId)],
);

export const absences = pgTable(
  'absences',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    workerId: uuid()
      .notNull()
      .references(() => workers.id, { onDelete: 'cascade' }),
    startsOn: date().notNull(),
    endsOn: date().notNull(),
    reason: text(),
  },
  (t) => [index().on(t.workerId)],
);

/**
 * R10: how a family went to a worker — whom availability suggested, whom the coordinator chose,
 * and why when those differ. The candidates are kept as they were, so the choice can be
 * understood later even after caseloads have moved.
 */
export const assignmentDecisions = pgTable(
  'assignment_decisions',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    familyId: uuid()
      .notNull()
      .references(() => families.id),
    referralId: uuid().references(() => referrals.id),
    workerId: uuid()
      .notNull()
      .references(() => workers.id),
    suggestedWorkerId: uuid().references(() => workers.id),
    zoneCode: text(),
    isOverride: boolean().notNull(),
    overrideReason: text(),
    candidates: jsonb().$type<AssignmentCandidateSnapshot[]>().notNull(),
    decidedOn: date().notNull(),
    decidedBy: uuid()
      .notNull()
      .references(() => users.id),
    decidedByName: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.collaborationId, t.decidedOn), index().on(t.familyId)],
);

export type AssignmentCandidateSnapshot = {
  workerId: string;
  displayName: string;
  units: number;
  fteTeam: number;
  availability: string;
  isInRegion: boolean;
};
