import type { CloseTrajectoryBody, TrajectoryDto } from '../../../contracts/trajectories';
import { goalsSummary } from '../../../domain/family-plan';
import { checkClosing } from '../../../domain/trajectories';
import type { Actor } from '../../platform/auth/actor';
import type { Db, Executor } from '../../platform/db/database';
import { AppError, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { listNetworkOf, professionalServicesOn, unlessStale } from '../families';
import { currentPlanOf } from '../plans';
import { inTrajectory } from './in-trajectory';
import { countOpenTrajectoriesByFamily, updateTrajectory } from './trajectories.repository';
import { trajectoryChanged } from './trajectory-changed';
import { toTrajectoryDto } from './trajectory-view';

/**
 * Closes a trajectory with a reason (R20: moving out only through a hand-over) and, at the
 * closing conversation, the family's own rating of what the help meant; the goals reached and
 * the services involved at start and end are taken from the plan and the network map (R21).
 */
export async function closeTrajectory(
  db: Db,
  actor: Actor,
  trajectoryId: string,
  input: CloseTrajectoryBody,
  /** R30: told when this was the family's last open trajectory (the portal's, wired in app.ts). */
  onFileClosed?: (tx: Executor, actor: Actor, familyId: string) => Promise<void>,
): Promise<TrajectoryDto> {
  const outcome = await inTrajectory(db, actor, trajectoryId, async (tx, family, row) => {
    const changed = await trajectoryChanged(tx, actor, family, row, input.baseVersion);
    if (changed) return changed;
    const problem = checkClosing({
      kind: row.kind,
      isOpen: row.status === 'open',
      startedOn: row.startedOn,
      closedOn: input.closedOn,
      today: actor.clock.today(),
      reason: input.reason,
      handover: row.handover,
      closingConversationOn: input.closingConversationOn ?? null,
      familyRating: input.familyRating ?? null,
    });
    if (problem?.code === 'TRAJECTORY_ALREADY_CLOSED') throw new AppError(409, problem.code);
    if (problem?.code === 'HANDOVER_INCOMPLETE')
      throw new AppError(422, problem.code, {
        details: [{ field: problem.field, code: problem.code, message: '' }],
        params: {},
      });
    if (problem) throw unprocessable(problem.code, problem.field);

    const plan = await currentPlanOf(tx, family.id);
    const goals = goalsSummary(plan?.content ?? { goals: [] });
    const network = await listNetworkOf(tx, [family.id]);
    const updated = await updateTrajectory(tx, row.id, {
      status: 'closed',
      closedOn: input.closedOn,
      closeReason: input.reason,
      closeNote: input.note || null,
      closingConversationOn: input.closingConversationOn ?? null,
      familyRating: input.familyRating ?? null,
      familyWords: input.familyWords || null,
      goalsTotal: goals.total,
      goalsReached: goals.reached,
      goalsPartlyReached: goals.partlyReached,
      servicesAtStart: professionalServicesOn(network, row.startedOn),
      servicesAtEnd: professionalServicesOn(network, input.closedOn),
      closedByName: actor.displayName,
    });
    await recordAudit(tx, actor, {
      action: 'close',
      entityType: 'trajectory',
      entityId: row.id,
      familyId: family.id,
      details: { reason: input.reason, closedOn: input.closedOn, familyRating: input.familyRating ?? null },
    });
    const stillOpen = (await countOpenTrajectoriesByFamily(tx, actor.collaborationId)).get(family.id) ?? 0;
    if (stillOpen === 0) await onFileClosed?.(tx, actor, family.id);
    return toTrajectoryDto(tx, updated, actor.clock.today());
  });
  return unlessStale(outcome);
}
