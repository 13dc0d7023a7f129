import { and, asc, desc, eq, inArray, min, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { familyPlans, familyPlanVersions } from './plans.schema';

export type PlanRow = typeof familyPlans.$inferSelect;
export type PlanVersionRow = typeof familyPlanVersions.$inferSelect;

/** The family's plan row, locked when saving so that saves on one family take turns. */
export async function findPlan(db: Executor, familyId: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select().from(familyPlans).where(eq(familyPlans.familyId, familyId));
  const [row] = await (options.forUpdate ? query.for('update') : query);
  return row ?? null;
}

/** Creates the plan row on the first save; a concurrent first save finds it made and waits. */
export async function ensurePlan(db: Executor, collaborationId: string, familyId: string) {
  await db.insert(familyPlans).values({ collaborationId, familyId }).onConflictDoNothing();
  return (await findPlan(db, familyId, { forUpdate: true })) as PlanRow;
}

export async function setCurrentVersion(db: Executor, planId: string, version: number) {
  await db
    .update(familyPlans)
    .set({ currentVersion: version, updatedAt: sql`now()` })
    .where(eq(familyPlans.id, planId));
}

export async function insertVersion(db: Executor, values: typeof familyPlanVersions.$inferInsert) {
  const [row] = await db.insert(familyPlanVersions).values(values).returning();
  return row as PlanVersionRow;
}

export async function findVersion(db: Executor, planId: string, version: number) {
  const [row] = await db
    .select()
    .from(familyPlanVersions)
    .where(and(eq(familyPlanVersions.planId, planId), eq(familyPlanVersions.version, version)));
  return row ?? null;
}

export async function listVersions(db: Executor, planId: string) {
  return db
    .select()
    .from(familyPlanVersions)
    .where(eq(familyPlanVersions.planId, planId))
    .orderBy(desc(familyPlanVersions.version));
}

export async function recordAgreement(
  db: Executor,
  id: string,
  values: Pick<
    typeof familyPlanVersions.$inferInsert,
    | 'agreedOn'
    | 'agreedBy'
    | 'agreementMethod'
    | 'agreementNote'
    | 'agreementRecordedBy'
    | 'agreementRecordedByName'
    | 'agreementRecordedAt'
  >,
) {
  const [row] = await db
    .update(familyPlanVersions)
    .set(values)
    .where(eq(familyPlanVersions.id, id))
    .returning();
  return row as PlanVersionRow;
}

/** The current version of each family's plan (for deadlines: the actions with a date). */
export async function listCurrentVersions(db: Executor, collaborationId: string, familyIds: string[]) {
  if (familyIds.length === 0) return [];
  return db
    .select({ version: familyPlanVersions })
    .from(familyPlans)
    .innerJoin(
      familyPlanVersions,
      and(
        eq(familyPlanVersions.planId, familyPlans.id),
        eq(familyPlanVersions.version, familyPlans.currentVersion),
      ),
    )
    .where(and(eq(familyPlans.collaborationId, collaborationId), inArray(familyPlans.familyId, familyIds)))
    .then((rows) => rows.map((r) => r.version));
}

/** R26: the day each family's first plan was saved (Brussels calendar day). */
export async function firstPlanDates(db: Executor, collaborationId: string, familyIds?: string[]) {
  if (familyIds?.length === 0) return new Map<string, string>();
  const rows = await db
    .select({
      familyId: familyPlanVersions.familyId,
      firstOn: sql<string>`to_char(${min(familyPlanVersions.savedAt)} at time zone 'Europe/Brussels', 'YYYY-MM-DD')`,
    })
    .from(familyPlanVersions)
    .where(
      and(
        eq(familyPlanVersions.collaborationId, collaborationId),
        familyIds ? inArray(familyPlanVersions.familyId, familyIds) : undefined,
      ),
    )
    .groupBy(familyPlanVersions.familyId)
    .orderBy(asc(familyPlanVersions.familyId));
  return new Map(rows.map((r) => [r.familyId, r.firstOn]));
}

/**
 * R30 (ADR 047): a destroyed file's plan goes whole — every version is the family's words and no
 * figure counts it (the goals reached at closing stay on the trajectory, R21).
 */
export async function deletePlansOf(db: Executor, familyIds: string[]) {
  if (familyIds.length === 0) return 0;
  const versions = await db
    .delete(familyPlanVersions)
    .where(inArray(familyPlanVersions.familyId, familyIds))
    .returning({ id: familyPlanVersions.id });
  await db.delete(familyPlans).where(inArray(familyPlans.familyId, familyIds));
  return versions.length;
}
