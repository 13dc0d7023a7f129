import { and, eq, sql } from 'drizzle-orm';
import { familyPlanVersions } from '../modules/plans/plans.schema';
import type { Executor } from '../platform/db/database';

/**
 * Demo data only (ADR 031): the fictional collaboration's plans were written over the past months,
 * so a seeded version gets the day it was (notionally) saved on. Real saves are always stamped now,
 * and no use case can write the past; this lives with the seed, never in the plans module's index.
 */
export async function backdatePlanVersion(db: Executor, familyId: string, version: number, savedOn: string) {
  await db
    .update(familyPlanVersions)
    .set({ savedAt: sql`(${savedOn}::date + time '10:30') at time zone 'Europe/Brussels'` })
    .where(and(eq(familyPlanVersions.familyId, familyId), eq(familyPlanVersions.version, version)));
}
