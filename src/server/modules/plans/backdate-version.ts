import type { Executor } from '../../platform/db/database';
import { setVersionSavedOn } from './plans.repository';

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
  await setVersionSavedOn(db, familyId, version, savedOn);
}
