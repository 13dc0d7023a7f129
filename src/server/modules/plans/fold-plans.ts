import { randomUUID } from 'node:crypto';
import { foldPlans } from '../../../domain/family-merge';
import { emptyPlan } from '../../../domain/family-plan';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { ensurePlan, findPlan, findVersion, insertVersion, setCurrentVersion } from './plans.repository';

/**
 * R17, one family, one plan: when two files of one family merge, the merged file's plan folds
 * into the surviving plan as its next version, every item of both kept with its id. The family
 * agrees anew: an agreement belongs to the version agreed to, and this version is new. The old
 * plan and its versions stay on the merged file unchanged, readable from the surviving plan.
 */
export async function foldPlanInto(
  db: Executor,
  actor: Actor,
  input: { fromId: string; intoId: string },
): Promise<{ version: number } | null> {
  const from = await findPlan(db, input.fromId, { forUpdate: true });
  const fromCurrent =
    from && from.currentVersion > 0 ? await findVersion(db, from.id, from.currentVersion) : null;
  if (!fromCurrent) return null; // nothing saved in the merged file's plan: nothing to fold
  const into = await ensurePlan(db, actor.collaborationId, input.intoId); // locked until commit
  const intoCurrent = into.currentVersion > 0 ? await findVersion(db, into.id, into.currentVersion) : null;
  const version = into.currentVersion + 1;
  await insertVersion(db, {
    collaborationId: actor.collaborationId,
    planId: into.id,
    familyId: input.intoId,
    version,
    content: foldPlans(intoCurrent?.content ?? emptyPlan(), fromCurrent.content, randomUUID),
    changeNote: null,
    mergedFromFamilyId: input.fromId,
    mergedFromVersion: fromCurrent.version,
    savedBy: actor.userId,
    savedByName: actor.displayName,
  });
  await setCurrentVersion(db, into.id, version);
  return { version };
}
