import type { PlanComparisonDto } from '../../../contracts/plans';
import { comparePlans } from '../../../domain/family-plan';
import type { Actor } from '../../platform/auth/actor';
import type { Db, Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { inFamilyFile } from '../families';
import { findPlan, findVersion } from './plans.repository';

/** What changed between two saved versions of the plan, part by part. */
export async function comparePlanVersions(
  db: Db,
  actor: Actor,
  familyId: string,
  from: number,
  to: number,
): Promise<PlanComparisonDto> {
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    const comparison = await loadPlanComparison(tx, family.id, from, to);
    await recordAudit(tx, actor, {
      action: 'read',
      entityType: 'familyPlan',
      entityId: family.id,
      familyId: family.id,
      details: { compare: [from, to] },
    });
    return comparison;
  });
}

/** What changed between two versions of a family's plan, or 404 (the family's portal reads it too). */
export async function loadPlanComparison(
  tx: Executor,
  familyId: string,
  from: number,
  to: number,
): Promise<PlanComparisonDto> {
  const plan = await findPlan(tx, familyId);
  const before = plan ? await findVersion(tx, plan.id, from) : null;
  const after = plan ? await findVersion(tx, plan.id, to) : null;
  if (!before || !after) throw notFound();
  return { from, to, changes: comparePlans(before.content, after.content) as PlanComparisonDto['changes'] };
}
