import { isOverride } from '../../../domain/assignment';
import type { IsoDate } from '../../../domain/dates';
import type { Actor } from '../../platform/auth/actor';
import type { Tx } from '../../platform/db/database';
import { lockFor } from '../../platform/db/lock';
import { unprocessable } from '../../platform/http/app-error';
import type { FamilyFile } from '../families';
import { insertAssignmentDecision } from './assignment.repository';
import { suggestionFor } from './assignment-view';

export type WorkerChoice = { workerId: string; overrideReason?: string | null; referralId?: string | null };

/**
 * R10, the one place a family is given to a worker of the team: the suggestion is computed again
 * in the caller's transaction, so what is recorded as "suggested" is what availability said at
 * that moment; choosing someone else needs a reason, and both are kept with the candidates.
 * Both routes that assign (the assignment card and the family file's assignments) come here.
 */
export async function chooseWorker(
  tx: Tx,
  actor: Actor,
  family: Pick<FamilyFile, 'id' | 'municipalityNis'>,
  input: WorkerChoice,
  today: IsoDate,
) {
  // One decision per family at a time: two coordinators never both think they assigned first.
  await lockFor(tx, `assign:${family.id}`);
  const { zone, suggestion } = await suggestionFor(tx, actor, family, today);
  const chosen = suggestion.candidates.find((c) => c.workerId === input.workerId);
  if (!chosen) throw unprocessable('WORKER_NOT_ASSIGNABLE', 'workerId');
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
  return { decision, isOverride: override };
}
