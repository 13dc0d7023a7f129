import type { PlanDto, PlanVersionDto } from '../../../contracts/plans';
import type { Actor } from '../../platform/auth/actor';
import type { Db, Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { familiesMergedInto, inFamilyFile } from '../families';
import { toPlanDto, toPlanVersionDto, toVersionSummary } from './plan-view';
import { findPlan, findVersion, listVersions } from './plans.repository';

export async function loadPlan(tx: Executor, familyId: string): Promise<PlanDto> {
  const plan = await findPlan(tx, familyId);
  const mergedPlans: PlanDto['mergedPlans'] = [];
  // R17: plans of files merged into this one stay readable, version by version.
  for (const mergedId of await familiesMergedInto(tx, familyId)) {
    const old = await findPlan(tx, mergedId);
    const versions = old ? await listVersions(tx, old.id) : [];
    if (versions.length > 0)
      mergedPlans.push({ familyId: mergedId, versions: versions.map(toVersionSummary) });
  }
  return toPlanDto(familyId, plan, plan ? await listVersions(tx, plan.id) : [], mergedPlans);
}

/** The family's one plan: its current version and the list of every version saved. */
export async function getPlan(db: Db, actor: Actor, familyId: string): Promise<PlanDto> {
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    const dto = await loadPlan(tx, family.id);
    await recordAudit(tx, actor, {
      action: 'read',
      entityType: 'familyPlan',
      entityId: family.id,
      familyId: family.id,
      details: { version: dto.current?.version ?? null },
    });
    return dto;
  });
}

/** A saved version of a family's own plan, or 404 (the family's portal reads it too). */
export async function loadPlanVersion(
  tx: Executor,
  familyId: string,
  version: number,
): Promise<PlanVersionDto> {
  const plan = await findPlan(tx, familyId);
  const row = plan ? await findVersion(tx, plan.id, version) : null;
  if (!row) throw notFound();
  return toPlanVersionDto(row);
}

/** Any saved version, read back as it was. */
export async function getPlanVersion(
  db: Db,
  actor: Actor,
  familyId: string,
  version: number,
  mergedFamilyId?: string,
): Promise<PlanVersionDto> {
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    // R17: a version of a plan folded into this one is read through the surviving file.
    if (mergedFamilyId && !(await familiesMergedInto(tx, family.id)).includes(mergedFamilyId))
      throw notFound();
    const plan = await findPlan(tx, mergedFamilyId ?? family.id);
    const row = plan ? await findVersion(tx, plan.id, version) : null;
    if (!row) throw notFound();
    await recordAudit(tx, actor, {
      action: 'read',
      entityType: 'familyPlan',
      entityId: family.id,
      familyId: family.id,
      details: { version, ...(mergedFamilyId ? { mergedFamilyId } : {}) },
    });
    return toPlanVersionDto(row);
  });
}
