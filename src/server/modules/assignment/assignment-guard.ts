import { ASSIGNABLE_FUNCTIONS } from '../../../domain/assignment';
import type { Actor } from '../../platform/auth/actor';
import type { Tx } from '../../platform/db/database';
import type { AssignmentGuard, FamilyFile } from '../families';
import { listWorkers } from '../team';
import { chooseWorker } from './choose-worker';

/**
 * R10 on the family file's own assignment route: giving the family to a liaison worker or
 * primary-care psychologist of the team is the same choice as on the assignment card — the
 * suggestion is recorded, and someone else needs a reason. People who are not in the team's
 * caseload by availability (coaches, the coordinator) are assigned without an R10 decision.
 */
export const assignmentGuard: AssignmentGuard = async (
  tx: Tx,
  actor: Actor,
  family: FamilyFile,
  input: { userId: string; overrideReason?: string | null },
) => {
  const worker = (await listWorkers(tx, actor.collaborationId)).find((w) => w.userId === input.userId);
  if (!worker || !(ASSIGNABLE_FUNCTIONS as readonly string[]).includes(worker.function)) return {};
  const { decision, isOverride } = await chooseWorker(
    tx,
    actor,
    family,
    { workerId: worker.id, overrideReason: input.overrideReason },
    actor.clock.today(),
  );
  return { assignmentDecisionId: decision.id, isOverride };
};
