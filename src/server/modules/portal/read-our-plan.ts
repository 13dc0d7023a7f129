import type { PlanComparisonDto, PlanVersionDto } from '../../../contracts/plans';
import type { PortalPlanDto } from '../../../contracts/portal';
import type { Db } from '../../platform/db/database';
import { loadPlan, loadPlanComparison, loadPlanVersion } from '../plans';
import { type FamilyActor, inOwnFamily } from './own-family';

/** Our plan (issue 13 point 2): the current version and the list of every version saved. */
export async function readOurPlan(db: Db, actor: FamilyActor): Promise<PortalPlanDto> {
  return inOwnFamily(db, actor, 'plan', async (tx, family) => {
    const { mergedPlans: _merged, ...plan } = await loadPlan(tx, family.id);
    return plan;
  });
}

/** An earlier version of our plan, as it was. */
export async function readOurPlanVersion(
  db: Db,
  actor: FamilyActor,
  version: number,
): Promise<PlanVersionDto> {
  return inOwnFamily(db, actor, 'planVersion', (tx, family) => loadPlanVersion(tx, family.id, version));
}

/** What changed in our plan between two versions (the worker's comparison, ADR 011). */
export async function compareOurPlanVersions(
  db: Db,
  actor: FamilyActor,
  from: number,
  to: number,
): Promise<PlanComparisonDto> {
  return inOwnFamily(db, actor, 'planComparison', (tx, family) =>
    loadPlanComparison(tx, family.id, from, to),
  );
}
