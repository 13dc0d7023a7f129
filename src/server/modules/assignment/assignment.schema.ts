import { boolean, date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { families } from '../families/families.schema';
import { users } from '../identity/identity.schema';
import { referrals } from '../intake/intake.schema';
import { collaborations } from '../network/network.schema';
import { workers } from '../team/team.schema';
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
    /** Names as they were at the decision: the record reads the same after people leave. */
    workerName: text().notNull(),
    suggestedWorkerId: uuid().references(() => workers.id),
    suggestedWorkerName: text(),
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
