import { and, asc, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import {
  fundingLines,
  fundingLineYears,
  pilots,
  spendingEntries,
  zoneAllocationData,
} from './funding.schema';

export async function listFundingLines(db: Executor, collaborationId: string) {
  return db
    .select()
    .from(fundingLines)
    .where(eq(fundingLines.collaborationId, collaborationId))
    .orderBy(asc(fundingLines.sortOrder), asc(fundingLines.name));
}

export async function findFundingLineByCode(db: Executor, collaborationId: string, code: string) {
  const [row] = await db
    .select()
    .from(fundingLines)
    .where(and(eq(fundingLines.collaborationId, collaborationId), eq(fundingLines.code, code)));
  return row ?? null;
}

export async function findFundingLinesByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(fundingLines).where(inArray(fundingLines.id, ids));
}

export async function findLineYearOnOrBefore(db: Executor, fundingLineId: string, year: number) {
  const [row] = await db
    .select()
    .from(fundingLineYears)
    .where(and(eq(fundingLineYears.fundingLineId, fundingLineId), lte(fundingLineYears.year, year)))
    .orderBy(desc(fundingLineYears.year))
    .limit(1);
  return row ?? null;
}

export async function upsertLineYear(db: Executor, values: typeof fundingLineYears.$inferInsert) {
  const { collaborationId: _c, fundingLineId: _l, year: _y, ...set } = values;
  const [row] = await db
    .insert(fundingLineYears)
    .values(values)
    .onConflictDoUpdate({ target: [fundingLineYears.fundingLineId, fundingLineYears.year], set })
    .returning();
  return row as typeof fundingLineYears.$inferSelect;
}

export async function insertSpending(db: Executor, values: typeof spendingEntries.$inferInsert) {
  const [row] = await db.insert(spendingEntries).values(values).returning();
  return row as typeof spendingEntries.$inferSelect;
}

export function spendingTotals(db: Executor, collaborationId: string, year: number) {
  return db
    .select({
      fundingLineId: spendingEntries.fundingLineId,
      category: spendingEntries.category,
      status: spendingEntries.status,
      cents: sql<number>`sum(${spendingEntries.amountCents})::bigint`.mapWith(Number),
    })
    .from(spendingEntries)
    .where(
      and(
        eq(spendingEntries.collaborationId, collaborationId),
        eq(spendingEntries.year, year),
        isNull(spendingEntries.cancelledAt),
      ),
    )
    .groupBy(spendingEntries.fundingLineId, spendingEntries.category, spendingEntries.status);
}

export function listPilots(db: Executor, collaborationId: string) {
  return db
    .select()
    .from(pilots)
    .where(eq(pilots.collaborationId, collaborationId))
    .orderBy(desc(pilots.startsOn));
}

export async function pilotCentsFrom(db: Executor, fundingLineId: string, year: number): Promise<number> {
  const [row] = await db
    .select({ cents: sql<number>`coalesce(sum(${pilots.amountCents}), 0)::bigint`.mapWith(Number) })
    .from(pilots)
    .where(and(eq(pilots.fundingLineId, fundingLineId), eq(pilots.fromYear, year)));
  return row?.cents ?? 0;
}

export async function insertPilot(db: Executor, values: typeof pilots.$inferInsert) {
  const [row] = await db.insert(pilots).values(values).returning();
  return row as typeof pilots.$inferSelect;
}

export async function replaceZoneData(
  db: Executor,
  collaborationId: string,
  year: number,
  rows: { zoneCode: string; populationUnder25: number; deprivationIndexMilli: number }[],
) {
  await db
    .delete(zoneAllocationData)
    .where(and(eq(zoneAllocationData.collaborationId, collaborationId), eq(zoneAllocationData.year, year)));
  if (rows.length > 0)
    await db.insert(zoneAllocationData).values(rows.map((r) => ({ ...r, collaborationId, year })));
}

export function listZoneData(db: Executor, collaborationId: string, year: number) {
  return db
    .select()
    .from(zoneAllocationData)
    .where(and(eq(zoneAllocationData.collaborationId, collaborationId), eq(zoneAllocationData.year, year)))
    .orderBy(asc(zoneAllocationData.zoneCode));
}

/** R6: money spent on each line per quarter of a year, by booking date (always in the year). */
export async function spendingByQuarter(db: Executor, collaborationId: string, year: number) {
  const quarter = sql<number>`extract(quarter from ${spendingEntries.bookedOn})::int`;
  const rows = await db
    .select({
      fundingLineId: spendingEntries.fundingLineId,
      quarter,
      cents: sql<number>`sum(${spendingEntries.amountCents})::bigint`.mapWith(Number),
    })
    .from(spendingEntries)
    .where(
      and(
        eq(spendingEntries.collaborationId, collaborationId),
        eq(spendingEntries.year, year),
        eq(spendingEntries.status, 'spent'),
        isNull(spendingEntries.cancelledAt),
      ),
    )
    .groupBy(spendingEntries.fundingLineId, quarter);
  return rows.map((r) => ({ ...r, quarter: Number(r.quarter) }));
}

export type SpendingRow = typeof spendingEntries.$inferSelect;

/** A line's bookings of a year, newest first, cancelled ones included. */
export function listSpendingOf(db: Executor, collaborationId: string, fundingLineId: string, year: number) {
  return db
    .select()
    .from(spendingEntries)
    .where(
      and(
        eq(spendingEntries.collaborationId, collaborationId),
        eq(spendingEntries.fundingLineId, fundingLineId),
        eq(spendingEntries.year, year),
      ),
    )
    .orderBy(desc(spendingEntries.bookedOn), desc(spendingEntries.createdAt));
}

export async function findSpending(db: Executor, collaborationId: string, fundingLineId: string, id: string) {
  const [row] = await db
    .select()
    .from(spendingEntries)
    .where(
      and(
        eq(spendingEntries.collaborationId, collaborationId),
        eq(spendingEntries.fundingLineId, fundingLineId),
        eq(spendingEntries.id, id),
      ),
    )
    .for('update');
  return row ?? null;
}

export async function markSpendingCancelled(
  db: Executor,
  id: string,
  values: { cancelledBy: string; cancelledByName: string; cancelReason: string; cancelledAt: Date },
) {
  const [row] = await db.update(spendingEntries).set(values).where(eq(spendingEntries.id, id)).returning();
  return row as SpendingRow;
}

/** A new collaboration's lines, with their ids and codes. */
export async function insertFundingLines(db: Executor, values: (typeof fundingLines.$inferInsert)[]) {
  return db.insert(fundingLines).values(values).returning({ id: fundingLines.id, code: fundingLines.code });
}

export async function insertLineYears(db: Executor, values: (typeof fundingLineYears.$inferInsert)[]) {
  if (values.length === 0) return;
  await db.insert(fundingLineYears).values(values);
}
