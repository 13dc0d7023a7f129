import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
  },
  (t) => [index().on(t.collaborationId, t.municipalityNis)],
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
    role: text().notNull(),
    givenName: text(),
    familyName: text(),
    birthDate: date(),
    /** For an unborn child (family care starts in pregnancy, R5). */
    dueDate: date(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.familyId), index().on(t.collaborationId, t.birthDate)],
);
