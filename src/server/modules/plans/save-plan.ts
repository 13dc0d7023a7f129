import { randomUUID } from 'node:crypto';
import type { PlanDto, PlanVersionDto, SavePlanBody } from '../../../contracts/plans';
import { checkPlanContent, comparePlans, hasChanges, type PlanContent } from '../../../domain/family-plan';
import type { Actor } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { AppError, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { type FamilyFile, inFamilyFile } from '../families';
import { loadPlan } from './get-plan';
import { toPlanVersionDto } from './plan-view';
import { ensurePlan, findVersion, insertVersion, setCurrentVersion } from './plans.repository';

/** The input with every item given an id and every absent field made null: the stored shape. */
export function normalisePlan(input: SavePlanBody['content']): PlanContent {
  const id = (given?: string | null) => given || randomUUID();
  return {
    goals: input.goals.map((g) => ({
      id: id(g.id),
      familyWords: g.familyWords,
      professionalWording: g.professionalWording || null,
      status: g.status,
      helpPlanId: g.helpPlanId ?? null,
    })),
    strengths: input.strengths.map((s) => ({ id: id(s.id), text: s.text })),
    worries: input.worries.map((w) => ({ id: id(w.id), text: w.text })),
    actions: input.actions.map((a) => ({
      id: id(a.id),
      description: a.description,
      goalId: a.goalId ?? null,
      owner: a.owner,
      dueOn: a.dueOn ?? null,
      doneOn: a.doneOn ?? null,
      helpPlanId: a.helpPlanId ?? null,
    })),
    evaluations: input.evaluations.map((e) => ({
      id: id(e.id),
      goalId: e.goalId,
      on: e.on,
      by: e.by,
      scale: e.scale,
      note: e.note || null,
    })),
    helpPlans: input.helpPlans.map((h) => ({ id: id(h.id), organisation: h.organisation, title: h.title })),
  };
}

export type SaveOutcome = { saved: PlanDto } | { conflict: PlanVersionDto };

/**
 * Saves the plan as its next version (ADR 011). The save names the version it started from;
 * when someone saved another version meanwhile, nothing is overwritten: 409 with the current
 * version, for the person to merge with their draft and save again.
 */
export async function savePlan(
  db: Db,
  actor: Actor,
  familyId: string,
  input: SavePlanBody,
): Promise<PlanDto> {
  const content = normalisePlan(input.content);
  const problem = checkPlanContent(content);
  if (problem) throw unprocessable(problem.code, problem.field);

  const outcome = await inFamilyFile<SaveOutcome>(db, actor, familyId, (tx, family) =>
    saveNextVersion(tx, actor, family, content, input),
  );
  if ('conflict' in outcome)
    throw new AppError(409, 'PLAN_VERSION_CONFLICT', {
      details: { currentVersion: outcome.conflict.version, current: outcome.conflict },
    });
  return outcome.saved;
}

/**
 * Saves `content` as the plan's next version inside an open family file: the check against the
 * version the edit started from, the row lock, the audit. Also how an accepted correction the
 * family asked for becomes a version (voice module, R16).
 */
export async function saveNextVersion(
  tx: Tx,
  actor: Actor,
  family: FamilyFile,
  content: PlanContent,
  input: Pick<SavePlanBody, 'baseVersion' | 'changeNote'>,
): Promise<SaveOutcome> {
  const plan = await ensurePlan(tx, actor.collaborationId, family.id); // locked until commit
  const current = plan.currentVersion > 0 ? await findVersion(tx, plan.id, plan.currentVersion) : null;
  if (input.baseVersion !== plan.currentVersion && current) {
    // The conflict answer shows the current version: that is a read of the plan.
    await recordAudit(tx, actor, {
      action: 'read',
      entityType: 'familyPlan',
      entityId: family.id,
      familyId: family.id,
      details: { version: current.version, reason: 'saveConflict', baseVersion: input.baseVersion },
    });
    return { conflict: toPlanVersionDto(current) };
  }
  if (input.baseVersion !== plan.currentVersion)
    throw unprocessable('PLAN_BASE_VERSION_UNKNOWN', 'baseVersion');
  if (current && !hasChanges(comparePlans(current.content, content)))
    throw unprocessable('PLAN_UNCHANGED', 'content');
  const version = plan.currentVersion + 1;
  await insertVersion(tx, {
    collaborationId: actor.collaborationId,
    planId: plan.id,
    familyId: family.id,
    version,
    content,
    changeNote: input.changeNote || null,
    savedBy: actor.userId,
    savedByName: actor.displayName,
  });
  await setCurrentVersion(tx, plan.id, version);
  await recordAudit(tx, actor, {
    action: version === 1 ? 'create' : 'update',
    entityType: 'familyPlan',
    entityId: family.id,
    familyId: family.id,
    details: { version },
  });
  return { saved: await loadPlan(tx, family.id) };
}
