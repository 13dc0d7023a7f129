import { sql } from 'drizzle-orm';
import type { AssignByAvailabilityBody, AssignmentSuggestionResponse } from '../../../contracts/team';
import { isOverride } from '../../../domain/assignment';
import { todayIso } from '../../../domain/dates';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { unprocessable } from '../../platform/http/app-error';
import { assignInFile, inFamilyFile, listAssignmentsOf } from '../families';
import { referralsOfFamilies } from '../intake';
import { findWorker } from '../team';
import { insertAssignmentDecision } from './assignment.repository';
import { assignmentView, suggestionFor } from './assignment-view';

/**
 * R10: the coordinator gives the family to a worker. The suggestion is computed again here, in
 * the same transaction, so what is recorded as "suggested" is what availability said at that
 * moment; choosing someone else needs a reason, and both are kept with the candidates.
 */
export async function assignByAvailability(
  db: Db,
  actor: Actor,
  input: AssignByAvailabilityBody,
): Promise<AssignmentSuggestionResponse> {
  const today = todayIso();
  return inFamilyFile(db, actor, input.familyId, async (tx, opened) => {
    // One decision per family at a time: two coordinators never both think they assigned first.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`assign:${opened.id}`}))`);
    const family = { ...opened, assignments: await listAssignmentsOf(tx, [opened.id]) };
    if (input.referralId) {
      const referrals = await referralsOfFamilies(tx, actor.collaborationId, [family.id]);
      if (!referrals.some((r) => r.id === input.referralId))
        throw unprocessable('REFERRAL_NOT_OF_FAMILY', 'referralId');
    }
    const { zone, suggestion } = await suggestionFor(tx, actor, family, today);
    const chosen = suggestion.candidates.find((c) => c.workerId === input.workerId);
    if (!chosen) throw unprocessable('WORKER_NOT_ASSIGNABLE', 'workerId');
    const worker = await findWorker(tx, actor.collaborationId, chosen.workerId);
    if (!worker?.userId) throw unprocessable('WORKER_WITHOUT_ACCOUNT', 'workerId');
    const override = isOverride(suggestion.suggestedWorkerId, chosen.workerId);
    const reason = input.overrideReason?.trim() || null;
    if (override && !reason) throw unprocessable('ASSIGNMENT_OVERRIDE_REASON_REQUIRED', 'overrideReason');

    const decision = await insertAssignmentDecision(tx, {
      collaborationId: actor.collaborationId,
      familyId: family.id,
      referralId: input.referralId ?? null,
      workerId: chosen.workerId,
      workerName: chosen.displayName,
      suggestedWorkerId: suggestion.suggestedWorkerId,
      suggestedWorkerName:
        suggestion.candidates.find((c) => c.workerId === suggestion.suggestedWorkerId)?.displayName ?? null,
      zoneCode: zone?.code ?? null,
      isOverride: override,
      overrideReason: override ? reason : null,
      candidates: suggestion.candidates.map((c) => ({
        workerId: c.workerId,
        displayName: c.displayName,
        units: c.units,
        fteTeam: c.fteTeam,
        availability: c.availability,
        isInRegion: c.isInRegion,
      })),
      decidedOn: today,
      decidedBy: actor.userId,
      decidedByName: actor.displayName,
    });
    await assignInFile(
      tx,
      actor,
      family,
      { userId: worker.userId, fromOn: today },
      { assignmentDecisionId: decision.id, isOverride: override },
    );
    return assignmentView(
      tx,
      actor,
      { ...family, assignments: await listAssignmentsOf(tx, [family.id]) },
      today,
    );
  });
}
