import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { competenceAssessments, consents, itemMarks, sharings } from './consent.schema';

export type ConsentRow = typeof consents.$inferSelect;
export type SharingRow = typeof sharings.$inferSelect;
export type AssessmentRow = typeof competenceAssessments.$inferSelect;
export type ItemMarkRow = typeof itemMarks.$inferSelect;

export function listConsentsOf(db: Executor, familyId: string) {
  return db
    .select()
    .from(consents)
    .where(eq(consents.familyId, familyId))
    .orderBy(desc(consents.givenOn), desc(consents.createdAt));
}

export async function findConsent(db: Executor, familyId: string, id: string) {
  const [row] = await db
    .select()
    .from(consents)
    .where(and(eq(consents.familyId, familyId), eq(consents.id, id)));
  return row;
}

export async function insertConsent(db: Executor, values: typeof consents.$inferInsert) {
  const [row] = await db.insert(consents).values(values).returning();
  return row as ConsentRow;
}

/** Withdraws a consent still in force, at the version the caller read; nothing back when it moved on. */
export async function withdrawConsentRow(
  db: Executor,
  input: { id: string; version: number; withdrawnOn: string; source: 'portal' | 'paperForm'; byName: string },
) {
  const [row] = await db
    .update(consents)
    .set({
      withdrawnOn: input.withdrawnOn,
      withdrawnSource: input.source,
      withdrawnByName: input.byName,
      version: input.version + 1,
    })
    .where(and(eq(consents.id, input.id), eq(consents.version, input.version), isNull(consents.withdrawnOn)))
    .returning();
  return row;
}

export function listAssessmentsOf(db: Executor, familyId: string) {
  return db
    .select()
    .from(competenceAssessments)
    .where(eq(competenceAssessments.familyId, familyId))
    .orderBy(desc(competenceAssessments.assessedOn), desc(competenceAssessments.createdAt));
}

export async function insertAssessment(db: Executor, values: typeof competenceAssessments.$inferInsert) {
  const [row] = await db.insert(competenceAssessments).values(values).returning();
  return row as AssessmentRow;
}

export function listSharingsOf(db: Executor, familyId: string) {
  return db
    .select()
    .from(sharings)
    .where(eq(sharings.familyId, familyId))
    .orderBy(desc(sharings.sharedOn), desc(sharings.createdAt));
}

export function listSharingsTo(db: Executor, collaborationId: string, organisationId: string) {
  return db
    .select()
    .from(sharings)
    .where(and(eq(sharings.collaborationId, collaborationId), eq(sharings.organisationId, organisationId)))
    .orderBy(desc(sharings.sharedOn), desc(sharings.createdAt));
}

export async function findSharingTo(
  db: Executor,
  collaborationId: string,
  organisationId: string,
  id: string,
) {
  const [row] = await db
    .select()
    .from(sharings)
    .where(
      and(
        eq(sharings.collaborationId, collaborationId),
        eq(sharings.organisationId, organisationId),
        eq(sharings.id, id),
      ),
    );
  return row;
}

export async function insertSharing(db: Executor, values: typeof sharings.$inferInsert) {
  const [row] = await db.insert(sharings).values(values).returning();
  return row as SharingRow;
}

export function listMarksOf(db: Executor, familyId: string) {
  return db
    .select()
    .from(itemMarks)
    .where(eq(itemMarks.familyId, familyId))
    .orderBy(asc(itemMarks.updatedAt));
}

export async function findMark(db: Executor, familyId: string, itemType: 'contact', itemId: string) {
  const [row] = await db
    .select()
    .from(itemMarks)
    .where(
      and(eq(itemMarks.familyId, familyId), eq(itemMarks.itemType, itemType), eq(itemMarks.itemId, itemId)),
    );
  return row;
}

export async function insertMark(db: Executor, values: typeof itemMarks.$inferInsert) {
  const [row] = await db.insert(itemMarks).values(values).returning();
  return row as ItemMarkRow;
}

export async function updateMark(
  db: Executor,
  id: string,
  version: number,
  values: Partial<typeof itemMarks.$inferInsert>,
) {
  const [row] = await db
    .update(itemMarks)
    .set({ ...values, version: version + 1 })
    .where(and(eq(itemMarks.id, id), eq(itemMarks.version, version)))
    .returning();
  return row;
}

/** R17: a merged file's consents, sharings, assessments and marks go with it to the surviving file. */
export async function moveConsentRecords(
  db: Executor,
  input: { collaborationId: string; fromId: string; intoId: string },
) {
  const where = <
    T extends typeof consents | typeof sharings | typeof competenceAssessments | typeof itemMarks,
  >(
    t: T,
  ) => and(eq(t.collaborationId, input.collaborationId), eq(t.familyId, input.fromId));
  const counts = {
    consents: (
      await db
        .update(consents)
        .set({ familyId: input.intoId })
        .where(where(consents))
        .returning({ id: consents.id })
    ).length,
    sharings: (
      await db
        .update(sharings)
        .set({ familyId: input.intoId })
        .where(where(sharings))
        .returning({ id: sharings.id })
    ).length,
    assessments: (
      await db
        .update(competenceAssessments)
        .set({ familyId: input.intoId })
        .where(where(competenceAssessments))
        .returning({ id: competenceAssessments.id })
    ).length,
    marks: (
      await db
        .update(itemMarks)
        .set({ familyId: input.intoId })
        .where(where(itemMarks))
        .returning({ id: itemMarks.id })
    ).length,
  };
  return counts;
}

export async function listConsentsByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(consents).where(inArray(consents.id, ids));
}

/**
 * R30 (ADR 047): a destroyed file's consents, sharing log, competence assessments and marks go
 * with it — they name members, partners and purposes, and no figure counts them. The sharing log
 * first: its rows name the consent they rested on.
 */
export async function deleteConsentRecordsOf(tx: Executor, familyIds: string[]): Promise<void> {
  if (familyIds.length === 0) return;
  await tx.delete(sharings).where(inArray(sharings.familyId, familyIds));
  await tx.delete(consents).where(inArray(consents.familyId, familyIds));
  await tx.delete(competenceAssessments).where(inArray(competenceAssessments.familyId, familyIds));
  await tx.delete(itemMarks).where(inArray(itemMarks.familyId, familyIds));
}
