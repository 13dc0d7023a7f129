import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { MatchEndReason } from '../../../domain/family-coaching';
import { families } from '../families/families.schema';
import { users } from '../identity/identity.schema';
import { referrals } from '../intake/intake.schema';
import { collaborations } from '../network/network.schema';
import { workers } from '../team/team.schema';

/**
 * R23: a family matched to a family coach by the central registration point, from a day until
 * it ends. Ended matches stay as history; a running one counts against the coach's limit.
 */
export const coachMatches = pgTable(
  'coach_matches',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id),
    familyId: uuid()
      .notNull()
      .references(() => families.id),
    coachWorkerId: uuid()
      .notNull()
      .references(() => workers.id),
    /** The coaching referral the match answers. */
    referralId: uuid().references(() => referrals.id),
    matchedOn: date().notNull(),
    endedOn: date(),
    endReason: text().$type<MatchEndReason>(),
    // R8: volunteers work linked to a professional coordinator: who matched, with the name as it was.
    matchedBy: uuid()
      .notNull()
      .references(() => users.id),
    matchedByName: text().notNull(),
    /** The coach eenplan suggested at the time (none when no coach had a place). */
    suggestedCoachWorkerId: uuid().references(() => workers.id),
    /** Why another coach than the suggested one was chosen. */
    choiceReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One running match per family, whatever the application does.
    uniqueIndex('coach_matches_one_running_per_family').on(t.familyId).where(sql`${t.endedOn} is null`),
    index().on(t.collaborationId, t.coachWorkerId),
  ],
);
