import { type AnyPgColumn, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { NetworkKind } from '../../../contracts/families';
import type { MemberRole } from '../../../contracts/intake';
import { users } from '../identity/identity.schema';
import { collaborations, municipalities } from '../network/network.schema';

export const families = pgTable(
  'families',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    municipalityNis: text()
      .notNull()
      .references(() => municipalities.nisCode),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // R17: a second file of the same family merged into this one is kept, not deleted, so
    // links, the audit trail and old plan versions still resolve; it points at the survivor.
    mergedIntoId: uuid().references((): AnyPgColumn => families.id),
    mergedAt: timestamp({ withTimezone: true }),
    mergedBy: uuid().references(() => users.id),
    /**
     * R31: the name the file goes by while the family is not yet known by name (a crisis consult);
     * cleared when its identity is added.
     */
    pseudonym: text(),
    /** R31: when the family agreed to be known, and who recorded its identity (null: never anonymous). */
    identifiedAt: timestamp({ withTimezone: true }),
    identifiedBy: uuid().references(() => users.id),
    identifiedByName: text(),
    /** R30: the day the file was destroyed: only counting material is left (ADR 047). */
    destroyedOn: date(),
  },
  (t) => [index().on(t.collaborationId, t.municipalityNis), index().on(t.mergedIntoId)],
);

// R31: names are optional; a family may stay anonymous until it agrees to be known.
export const familyMembers = pgTable(
  'family_members',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    familyId: uuid()
      .notNull()
      .references(() => families.id),
    role: text().$type<MemberRole>().notNull(),
    givenName: text(),
    familyName: text(),
    birthDate: date(),
    /** For an unborn child (family care starts in pregnancy, R5). */
    dueDate: date(),
    /** R30: all that is kept of the birth once the file is anonymised (ADR 047); null before. */
    birthYear: integer(),
    /** Optimistic saves (ADR 020): raised by every update; a save names the version it started from. */
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.familyId), index().on(t.collaborationId, t.birthDate)],
);

/**
 * Who works with the family (ADR 010): liaison workers and coaches, from a day, until a day.
 * Access to the file follows the running assignments; ended ones stay as history.
 */
export const familyAssignments = pgTable(
  'family_assignments',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    familyId: uuid()
      .notNull()
      .references(() => families.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    fromOn: date().notNull(),
    toOn: date(),
    assignedBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.familyId), index().on(t.collaborationId, t.userId)],
);

/** The network map: informal people and professional services around the family, since when. */
export const networkMembers = pgTable(
  'network_members',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    familyId: uuid()
      .notNull()
      .references(() => families.id),
    kind: text().$type<NetworkKind>().notNull(),
    name: text().notNull(),
    relation: text(),
    organisation: text(),
    role: text(),
    contact: text(),
    since: date(),
    until: date(),
    note: text(),
    /** Optimistic saves (ADR 020): raised by every update; a save names the version it started from. */
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.familyId)],
);
