import type { AssignByAvailabilityBody, AssignmentSuggestionResponse } from '../../../contracts/team';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { unprocessable } from '../../platform/http/app-error';
import { assignInFile, inFamilyFile, listAssignmentsOf } from '../families';
import { referralsOfFamilies } from '../intake';
import { findWorker } from '../team';
import { assignmentView } from './assignment-view';
import { chooseWorker } from './choose-worker';

/** R10 from the assignment card: the coordinator gives the family to a worker of the team. */
export async function assignByAvailability(
  db: Db,
  actor: Actor,
  input: AssignByAvailabilityBody,
): Promise<AssignmentSuggestionResponse> {
  const today = actor.clock.today();
  return inFamilyFile(db, actor, input.familyId, async (tx, opened) => {
    if (input.referralId) {
      const referrals = await referralsOfFamilies(tx, actor.collaborationId, [opened.id]);
      if (!referrals.some((r) => r.id === input.referralId))
        throw unprocessable('REFERRAL_NOT_OF_FAMILY', 'referralId');
    }
    const { decision, isOverride } = await chooseWorker(tx, actor, opened, input, today);
    const worker = await findWorker(tx, actor.collaborationId, input.workerId);
    if (!worker?.userId) throw unprocessable('WORKER_WITHOUT_ACCOUNT', 'workerId');
    // Read after the lock chooseWorker takes: another coordinator may have assigned meanwhile.
    const family = { ...opened, assignments: await listAssignmentsOf(tx, [opened.id]) };
    await assignInFile(
      tx,
      actor,
      family,
      { userId: worker.userId, fromOn: today },
      { assignmentDecisionId: decision.id, isOverride },
    );
    return assignmentView(
      tx,
      actor,
      { ...family, assignments: await listAssignmentsOf(tx, [family.id]) },
      today,
    );
  });
}
