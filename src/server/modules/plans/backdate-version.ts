import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { familyPlanVersions } from './plans.schema';

/**
 * Demo data only: the fictional collaboration's plans were written over the past months, so a
 * seeded version gets the day it was (notionally) saved on. Real saves are always stamped now.
 */
export async function backdatePlanVersionForDemo(
  db: Executor,
  familyId: string,
  version: number,
  savedOn: string,
) {
  await db
    .update(familyPlanVersions)
    .set({ savedAt: sql`(${savedOn}::date + time '10:30') at time zone 'Europe/Brussels'` })
    .where(and(eq(familyPlanVersions.familyId, familyId), eq(familyPlanVersions.version, version)));
}
