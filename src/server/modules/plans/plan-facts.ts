// What other modules read of the plans: the current content (deadlines of actions, goals reached
// at closing, the family's view) and when a family's first plan was made (R26).
import type { PlanContent } from '../../../domain/family-plan';
import type { Executor } from '../../platform/db/database';
import {
  findPlan,
  findVersion,
  firstPlanDates,
  listCurrentVersions,
  type PlanVersionRow,
} from './plans.repository';

export async function currentPlanOf(db: Executor, familyId: string): Promise<PlanVersionRow | null> {
  const plan = await findPlan(db, familyId);
  return plan && plan.currentVersion > 0 ? findVersion(db, plan.id, plan.currentVersion) : null;
}

export async function currentPlanContents(
  db: Executor,
  collaborationId: string,
  familyIds: string[],
): Promise<Map<string, PlanContent>> {
  const rows = await listCurrentVersions(db, collaborationId, familyIds);
  return new Map(rows.map((r) => [r.familyId, r.content]));
}

export { firstPlanDates };
