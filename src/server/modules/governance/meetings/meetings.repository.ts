import { and, asc, count, desc, eq, gt, gte, inArray, isNotNull, lt, ne, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/database';
import { findInTenant } from '../../../platform/db/tenant';
import { governanceAgendaItems, governanceAttendance, governanceMeetings } from '../governance.schema';

export type MeetingRow = typeof governanceMeetings.$inferSelect;
export type AgendaItemRow = typeof governanceAgendaItems.$inferSelect;

export async function insertMeeting(db: Executor, values: typeof governanceMeetings.$inferInsert) {
  const [row] = await db.insert(governanceMeetings).values(values).returning();
  return row as MeetingRow;
}

export async function updateMeeting(
  db: Executor,
  id: string,
  values: Partial<typeof governanceMeetings.$inferInsert>,
) {
  const [row] = await db
    .update(governanceMeetings)
    .set(values)
    .where(eq(governanceMeetings.id, id))
    .returning();
  return row as MeetingRow;
}

export function findMeeting(
  db: Executor,
  collaborationId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  return findInTenant(db, governanceMeetings, collaborationId, id, options);
}

export async function findMeetings(db: Executor, collaborationId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(governanceMeetings)
    .where(and(eq(governanceMeetings.collaborationId, collaborationId), inArray(governanceMeetings.id, ids)));
}

export type MeetingFilter = {
  bodyIds: string[] | null;
  bodyId?: string;
  fromDate?: string;
  beforeDate?: string;
  /** Members see a meeting once it was sent to them. */
  invitedOnly: boolean;
  newestFirst: boolean;
  limit: number;
};

export async function listMeetings(db: Executor, collaborationId: string, filter: MeetingFilter) {
  if (filter.bodyIds && filter.bodyIds.length === 0) return [];
  const conditions: (SQL | undefined)[] = [
    eq(governanceMeetings.collaborationId, collaborationId),
    filter.bodyIds ? inArray(governanceMeetings.bodyId, filter.bodyIds) : undefined,
    filter.bodyId ? eq(governanceMeetings.bodyId, filter.bodyId) : undefined,
    filter.fromDate ? gte(governanceMeetings.date, filter.fromDate) : undefined,
    filter.beforeDate ? lt(governanceMeetings.date, filter.beforeDate) : undefined,
    filter.invitedOnly ? visibleToMembers() : undefined,
  ];
  return db
    .select()
    .from(governanceMeetings)
    .where(and(...conditions))
    .orderBy(
      filter.newestFirst ? desc(governanceMeetings.date) : asc(governanceMeetings.date),
      asc(governanceMeetings.startTime),
    )
    .limit(filter.limit);
}

/** Invited, or minutes shared (a meeting recorded afterwards, never sent as an invitation). */
export function visibleToMembers(): SQL {
  return or(isNotNull(governanceMeetings.invitedAt), isNotNull(governanceMeetings.minutesSharedAt)) as SQL;
}

/** The body's meeting right before a date (the one whose minutes are approved), or after it. */
export async function neighbourMeeting(
  db: Executor,
  bodyId: string,
  date: string,
  direction: 'previous' | 'next',
  excludeId?: string,
) {
  const [row] = await db
    .select()
    .from(governanceMeetings)
    .where(
      and(
        eq(governanceMeetings.bodyId, bodyId),
        direction === 'previous' ? lt(governanceMeetings.date, date) : gt(governanceMeetings.date, date),
        excludeId ? ne(governanceMeetings.id, excludeId) : undefined,
      ),
    )
    .orderBy(direction === 'previous' ? desc(governanceMeetings.date) : asc(governanceMeetings.date))
    .limit(1);
  return row ?? null;
}

export async function insertItems(db: Executor, values: (typeof governanceAgendaItems.$inferInsert)[]) {
  if (values.length === 0) return [];
  return db.insert(governanceAgendaItems).values(values).returning();
}

export async function listItems(db: Executor, meetingIds: string[]) {
  if (meetingIds.length === 0) return [];
  return db
    .select()
    .from(governanceAgendaItems)
    .where(inArray(governanceAgendaItems.meetingId, meetingIds))
    .orderBy(asc(governanceAgendaItems.position), asc(governanceAgendaItems.createdAt));
}

export async function countItems(db: Executor, meetingIds: string[]) {
  if (meetingIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ meetingId: governanceAgendaItems.meetingId, n: count() })
    .from(governanceAgendaItems)
    .where(inArray(governanceAgendaItems.meetingId, meetingIds))
    .groupBy(governanceAgendaItems.meetingId);
  return new Map(rows.map((r) => [r.meetingId, r.n]));
}

export async function findItem(db: Executor, collaborationId: string, meetingId: string, id: string) {
  const [row] = await db
    .select()
    .from(governanceAgendaItems)
    .where(
      and(
        eq(governanceAgendaItems.collaborationId, collaborationId),
        eq(governanceAgendaItems.meetingId, meetingId),
        eq(governanceAgendaItems.id, id),
      ),
    );
  return row ?? null;
}

export async function findItemsByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(governanceAgendaItems).where(inArray(governanceAgendaItems.id, ids));
}

export async function updateItem(
  db: Executor,
  id: string,
  values: Partial<typeof governanceAgendaItems.$inferInsert>,
) {
  const [row] = await db
    .update(governanceAgendaItems)
    .set(values)
    .where(eq(governanceAgendaItems.id, id))
    .returning();
  return row as AgendaItemRow;
}

export async function deleteItem(db: Executor, id: string) {
  await db.delete(governanceAgendaItems).where(eq(governanceAgendaItems.id, id));
}

/** Which of these items were already carried over to a later meeting (R15). */
export async function carriedItemIds(db: Executor, itemIds: string[]) {
  if (itemIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: governanceAgendaItems.carriedFromItemId })
    .from(governanceAgendaItems)
    .where(inArray(governanceAgendaItems.carriedFromItemId, itemIds));
  return new Set(rows.map((r) => r.id as string));
}

export async function replaceAttendance(
  db: Executor,
  meetingId: string,
  rows: (typeof governanceAttendance.$inferInsert)[],
) {
  await db.delete(governanceAttendance).where(eq(governanceAttendance.meetingId, meetingId));
  if (rows.length > 0) await db.insert(governanceAttendance).values(rows);
}

export async function listAttendance(db: Executor, meetingId: string) {
  return db
    .select()
    .from(governanceAttendance)
    .where(eq(governanceAttendance.meetingId, meetingId))
    .orderBy(asc(governanceAttendance.position));
}
