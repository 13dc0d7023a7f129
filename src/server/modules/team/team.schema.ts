import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { WorkerFunction } from '../../../domain/secondment';
import { users } from '../identity/identity.schema';
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
    function: text().$type<WorkerFunction>().notNull(),
    typeModuleId: uuid().references(() => typeModules.id),
    fteTeam: integer().notNull(),
    fteHomeOrganisation: integer().notNull().default(0),
    secondmentStart: date().notNull(),
    secondmentEnd: date(),
    /** Region of the worker: a primary-care zone of the collaboration (R10 suggests by region). */
    zoneCode: text(),
    site: text(),
    isNewHire: boolean().notNull().default(false),
    /** R12: the extra module planned so that absence is covered and little money is left over. */
    coversAbsence: boolean().notNull().default(false),
    flexibleSpreadingFrom: date(),
    /** R23: families a family coach takes at most (7, lowered when funding drops); null for others. */
    caseloadLimit: integer(),
    /** Optimistic saves (ADR 020): raised by every update; a change names the version it started from. */
    version: integer().notNull().default(1),
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
