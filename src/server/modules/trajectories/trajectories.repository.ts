import { and, asc, between, desc, eq, inArray, max, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { findInTenant } from '../../platform/db/tenant';
import { contacts, coordinationMeetings, familyCareWeeks, trajectories } from './trajectories.schema';

export type { HandoverRecord } from './trajectories.schema';

export type TrajectoryRow = typeof trajectories.$inferSelect;
export type ContactRow = typeof contacts.$inferSelect;
export type MeetingRow = typeof coordinationMeetings.$inferSelect;
export type CareWeekRow = typeof familyCareWeeks.$inferSelect;

export async function insertTrajectory(db: Executor, values: typeof trajectories.$inferInsert) {
  const [row] = await db.insert(trajectories).values(values).returning();
  return row as TrajectoryRow;
}

export async function updateTrajectory(
  db: Executor,
  id: string,
  values: Partial<typeof trajectories.$inferInsert>,
) {
  const [row] = await db
    .update(trajectories)
    // ADR 020: every change raises the version a later save must name.
    .set({ ...values, updatedAt: sql`now()`, version: sql`${trajectories.version} + 1` })
    .where(eq(trajectories.id, id))
    .returning();
  return row as TrajectoryRow;
}

/** A trajectory of the collaboration; another tenant's id finds nothing. */
export function findTrajectory(
  db: Executor,
  collaborationId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  return findInTenant(db, trajectories, collaborationId, id, options);
}

export async function listTrajectoriesOf(db: Executor, familyIds: string[]) {
  if (familyIds.length === 0) return [];
  return db
    .select()
    .from(trajectories)
    .where(inArray(trajectories.familyId, familyIds))
    .orderBy(desc(trajectories.startedOn), desc(trajectories.createdAt));
}

export async function listOpenTrajectories(db: Executor, collaborationId: string, familyIds?: string[]) {
  if (familyIds?.length === 0) return [];
  return db
    .select()
    .from(trajectories)
    .where(
      and(
        eq(trajectories.collaborationId, collaborationId),
        eq(trajectories.status, 'open'),
        familyIds ? inArray(trajectories.familyId, familyIds) : undefined,
      ),
    )
    .orderBy(asc(trajectories.startedOn));
}

export async function insertContact(db: Executor, values: typeof contacts.$inferInsert) {
  const [row] = await db.insert(contacts).values(values).returning();
  return row as ContactRow;
}

export async function listContactsOf(db: Executor, familyId: string) {
  return db
    .select()
    .from(contacts)
    .where(eq(contacts.familyId, familyId))
    .orderBy(desc(contacts.occurredOn), desc(contacts.createdAt));
}

/** The last contact with each family (R2). */
export async function lastContactDates(db: Executor, familyIds: string[]) {
  if (familyIds.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ familyId: contacts.familyId, last: max(contacts.occurredOn) })
    .from(contacts)
    .where(inArray(contacts.familyId, familyIds))
    .groupBy(contacts.familyId);
  return new Map(rows.filter((r) => r.last).map((r) => [r.familyId, r.last as string]));
}

export async function insertMeeting(db: Executor, values: typeof coordinationMeetings.$inferInsert) {
  const [row] = await db.insert(coordinationMeetings).values(values).returning();
  return row as MeetingRow;
}

export async function findMeeting(db: Executor, trajectoryId: string, id: string) {
  const [row] = await db
    .select()
    .from(coordinationMeetings)
    .where(and(eq(coordinationMeetings.trajectoryId, trajectoryId), eq(coordinationMeetings.id, id)))
    .for('update');
  return row ?? null;
}

export async function updateMeeting(
  db: Executor,
  id: string,
  values: Partial<typeof coordinationMeetings.$inferInsert>,
) {
  const [row] = await db
    .update(coordinationMeetings)
    .set({ ...values, version: sql`${coordinationMeetings.version} + 1` })
    .where(eq(coordinationMeetings.id, id))
    .returning();
  return row as MeetingRow;
}

export async function listMeetingsOf(db: Executor, trajectoryIds: string[]) {
  if (trajectoryIds.length === 0) return [];
  return db
    .select()
    .from(coordinationMeetings)
    .where(inArray(coordinationMeetings.trajectoryId, trajectoryIds))
    .orderBy(asc(coordinationMeetings.plannedOn));
}

/** Open trajectories per family of the collaboration: the load R10 weighs (team caseload). */
export async function countOpenTrajectoriesByFamily(db: Executor, collaborationId: string) {
  const rows = await db
    .select({ familyId: trajectories.familyId, open: sql<number>`count(*)::int` })
    .from(trajectories)
    .where(and(eq(trajectories.collaborationId, collaborationId), eq(trajectories.status, 'open')))
    .groupBy(trajectories.familyId);
  return new Map(rows.map((r) => [r.familyId, r.open]));
}

export async function findCareWeek(db: Executor, trajectoryId: string, week: number) {
  const [row] = await db
    .select()
    .from(familyCareWeeks)
    .where(and(eq(familyCareWeeks.trajectoryId, trajectoryId), eq(familyCareWeeks.week, week)));
  return row ?? null;
}

/**
 * R5: one care week's hours; recording the week again replaces it (a correction). Written only if
 * the week is still at `baseVersion` (0: not recorded yet, ADR 020); null when someone saved it meanwhile.
 */
export async function saveCareWeek(
  db: Executor,
  baseVersion: number,
  values: Omit<typeof familyCareWeeks.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'version'>,
) {
  if (baseVersion === 0) {
    const [row] = await db.insert(familyCareWeeks).values(values).onConflictDoNothing().returning();
    return (row as CareWeekRow | undefined) ?? null;
  }
  const [row] = await db
    .update(familyCareWeeks)
    .set({
      minutes: values.minutes,
      recordedBy: values.recordedBy,
      recordedByName: values.recordedByName,
      updatedAt: sql`now()`,
      version: sql`${familyCareWeeks.version} + 1`,
    })
    .where(
      and(
        eq(familyCareWeeks.trajectoryId, values.trajectoryId),
        eq(familyCareWeeks.week, values.week),
        eq(familyCareWeeks.version, baseVersion),
      ),
    )
    .returning();
  return (row as CareWeekRow | undefined) ?? null;
}

export async function listCareWeeksOf(db: Executor, trajectoryIds: string[]) {
  if (trajectoryIds.length === 0) return [];
  return db
    .select()
    .from(familyCareWeeks)
    .where(inArray(familyCareWeeks.trajectoryId, trajectoryIds))
    .orderBy(asc(familyCareWeeks.week));
}

/**
 * R5: the care weeks on a funding line whose first day falls in [from, to]: a week belongs to
 * the year it starts in (week N starts N−1 weeks after the trajectory's start).
 */
export async function careWeeksStartingBetween(
  db: Executor,
  collaborationId: string,
  fundingLineId: string,
  from: string,
  to: string,
) {
  const startsOn = sql<string>`(${trajectories.startedOn} + (${familyCareWeeks.week} - 1) * 7)`;
  return db
    .select({ week: familyCareWeeks.week, minutes: familyCareWeeks.minutes })
    .from(familyCareWeeks)
    .innerJoin(trajectories, eq(trajectories.id, familyCareWeeks.trajectoryId))
    .where(
      and(
        eq(familyCareWeeks.collaborationId, collaborationId),
        eq(trajectories.fundingLineId, fundingLineId),
        between(startsOn, from, to),
      ),
    );
}

/** Gives one family's trajectories, contacts and coordination meetings to another (R17). */
export async function moveJourneyToFamily(
  db: Executor,
  input: { collaborationId: string; fromId: string; intoId: string },
) {
  const { collaborationId, fromId, intoId } = input;
  const moved = await db
    .update(trajectories)
    .set({ familyId: intoId, updatedAt: sql`now()` })
    .where(and(eq(trajectories.collaborationId, collaborationId), eq(trajectories.familyId, fromId)))
    .returning({ id: trajectories.id });
  await db
    .update(contacts)
    .set({ familyId: intoId })
    .where(and(eq(contacts.collaborationId, collaborationId), eq(contacts.familyId, fromId)));
  await db
    .update(coordinationMeetings)
    .set({ familyId: intoId })
    .where(
      and(
        eq(coordinationMeetings.collaborationId, collaborationId),
        eq(coordinationMeetings.familyId, fromId),
      ),
    );
  return moved.length;
}

/**
 * R30 (ADR 047): a destroyed file's journey stays as counting material — kinds, lines, dates,
 * durations, the family's rating and goals reached (R21), care hours (R5) — and loses every
 * word: notes, reasons, the hand-over record, who took part, the family's own words.
 */
export async function anonymiseJourneyOf(db: Executor, familyIds: string[]) {
  if (familyIds.length === 0) return { trajectories: 0, contacts: 0, coordinationMeetings: 0 };
  const changed = await db
    .update(trajectories)
    .set({
      extensionReason: null,
      handover: null,
      closeNote: null,
      familyWords: null,
      version: sql`${trajectories.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(inArray(trajectories.familyId, familyIds))
    .returning({ id: trajectories.id });
  const contactRows = await db
    .update(contacts)
    .set({ note: null, participants: [] })
    .where(inArray(contacts.familyId, familyIds))
    .returning({ id: contacts.id });
  const meetings = await db
    .update(coordinationMeetings)
    .set({ participants: [], decisions: null, version: sql`${coordinationMeetings.version} + 1` })
    .where(inArray(coordinationMeetings.familyId, familyIds))
    .returning({ id: coordinationMeetings.id });
  return {
    trajectories: changed.length,
    contacts: contactRows.length,
    coordinationMeetings: meetings.length,
  };
}
