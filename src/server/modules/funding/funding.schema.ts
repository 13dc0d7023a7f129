import {
  bigint,
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
import type { SpendingCategory } from '../../../contracts/funding';
import type { BookingStatus } from '../../../domain/line-money';
import { users } from '../identity/identity.schema';
import { collaborations } from '../network/network.schema';

// Funding lines are data, not an enum: a collaboration adds pilots and new lines as money comes.
export const fundingLines = pgTable(
  'funding_lines',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    code: text().notNull(),
    name: text().notNull(),
    /** R4: working days within which the referrer gets an answer. */
    answerTargetWorkingDays: integer().notNull().default(3),
    /** R8: a line may end; nothing new starts on it after this date. */
    endsOn: date(),
    isActive: boolean().notNull().default(true),
    sortOrder: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.collaborationId, t.code)],
);

/** A line's settings for one year: budget, expected or maximum trajectories, price (R4 R6 R7). */
export const fundingLineYears = pgTable(
  'funding_line_years',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    fundingLineId: uuid()
      .notNull()
      .references(() => fundingLines.id),
    year: integer().notNull(),
    budgetCents: bigint({ mode: 'number' }).notNull().default(0),
    /** Trajectories expected (R4: 20 crisis follow-ups); passing it is a signal, not a refusal. */
    targetTrajectories: integer(),
    /** Trajectories at most (R6: 20 add-ons); the next one is refused. */
    capTrajectories: integer(),
    pricePerTrajectoryCents: bigint({ mode: 'number' }),
    /** R7: the competence budget split between coordination hours and training/intervision. */
    coordinationBudgetCents: bigint({ mode: 'number' }),
    trainingBudgetCents: bigint({ mode: 'number' }),
    /** What counts as spending on this line: staffModules, trajectories, hours, training. */
    countsAs: text().array().$type<SpendingCategory[]>().notNull().default([]),
  },
  (t) => [unique().on(t.fundingLineId, t.year)],
);

/** Money committed (promised) or spent on a line in a year. */
export const spendingEntries = pgTable(
  'spending_entries',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    fundingLineId: uuid()
      .notNull()
      .references(() => fundingLines.id),
    year: integer().notNull(),
    category: text().$type<SpendingCategory>().notNull(),
    status: text().$type<BookingStatus>().notNull(), // committed | spent
    amountCents: bigint({ mode: 'number' }).notNull(),
    bookedOn: date().notNull(),
    description: text().notNull(),
    /** Who booked it (bookings before this was kept have none). */
    bookedBy: uuid().references(() => users.id),
    bookedByName: text(),
    /**
     * A wrong booking is cancelled, never deleted: the money leaves the totals, the booking and
     * why it was cancelled stay for whoever checks the accounts.
     */
    cancelledAt: timestamp({ withTimezone: true }),
    cancelledBy: uuid().references(() => users.id),
    cancelledByName: text(),
    cancelReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.fundingLineId, t.year)],
);

/** R12: a time-bound pilot (proeftuin) paid from the residual money of a year. */
export const pilots = pgTable('pilots', {
  id: uuid().primaryKey().defaultRandom(),
  collaborationId: uuid()
    .notNull()
    .references(() => collaborations.id),
  name: text().notNull(),
  fundingLineId: uuid()
    .notNull()
    .references(() => fundingLines.id),
  fromYear: integer().notNull(),
  amountCents: bigint({ mode: 'number' }).notNull(),
  startsOn: date().notNull(),
  endsOn: date().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** R13: a zone's population under 25 and deprivation index (1.0 = Flemish average) in a year. */
export const zoneAllocationData = pgTable(
  'zone_allocation_data',
  {
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    year: integer().notNull(),
    zoneCode: text().notNull(),
    populationUnder25: integer().notNull(),
    /** Thousandths: 1000 = the Flemish average. */
    deprivationIndexMilli: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.collaborationId, t.year, t.zoneCode] })],
);
