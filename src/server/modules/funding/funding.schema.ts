import { boolean, date, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
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
