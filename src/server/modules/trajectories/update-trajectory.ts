import type { TrajectoryDto, UpdateTrajectoryBody } from '../../../contracts/trajectories';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { unlessStale } from '../families';
import { familyCareUpdateValues } from './family-care-details';
import { inTrajectory } from './in-trajectory';
import { updateTrajectory } from './trajectories.repository';
import { trajectoryChanged } from './trajectory-changed';
import { handoverRecord } from './trajectory-details';
import { toTrajectoryDto } from './trajectory-view';

/**
 * Updates what a trajectory of its kind records: the waiting (R2), the hand-over as it happens —
 * receiving services, the joint conversation, what was shared, how coordination goes on (R3) —
 * where a moving family goes (R20), and family care's first contact and the referrer's presence at
 * the first conversation (R5).
 */
export async function updateTrajectoryDetails(
  db: Db,
  actor: Actor,
  trajectoryId: string,
  input: UpdateTrajectoryBody,
): Promise<TrajectoryDto> {
  const outcome = await inTrajectory(db, actor, trajectoryId, async (tx, family, row) => {
    const changed = await trajectoryChanged(tx, actor, family, row, input.baseVersion);
    if (changed) return changed;
    if (row.status !== 'open') throw new AppError(409, 'TRAJECTORY_ALREADY_CLOSED');
    const today = actor.clock.today();
    const isHandover = row.kind === 'handover' || row.kind === 'movingOut';
    if (input.bridging && row.kind !== 'bridging') throw unprocessable('DETAILS_NOT_FOR_KIND', 'bridging');
    if (input.handover && !isHandover) throw unprocessable('DETAILS_NOT_FOR_KIND', 'handover');
    if (input.movingOut && row.kind !== 'movingOut') throw unprocessable('DETAILS_NOT_FOR_KIND', 'movingOut');
    if (input.familyCare && row.kind !== 'familyCare')
      throw unprocessable('DETAILS_NOT_FOR_KIND', 'familyCare');
    if (input.bridging && input.bridging.waitingSince > today)
      throw unprocessable('WAITING_SINCE_IN_FUTURE', 'bridging.waitingSince');
    if (row.kind === 'handover' && input.handover?.receivingServices.length === 0)
      throw unprocessable('RECEIVING_SERVICE_REQUIRED', 'handover.receivingServices');
    const updated = await updateTrajectory(tx, row.id, {
      ...(input.bridging ?? {}),
      ...(input.handover ? { handover: handoverRecord(input.handover, row.startedOn, today) } : {}),
      ...(input.movingOut
        ? { newMunicipality: input.movingOut.newMunicipality, movingOn: input.movingOut.movingOn ?? null }
        : {}),
      ...(input.familyCare ? familyCareUpdateValues(row, input.familyCare, today) : {}),
    });
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'trajectory',
      entityId: row.id,
      familyId: family.id,
      details: { parts: Object.keys(input) },
    });
    return toTrajectoryDto(tx, updated, actor.clock.today());
  });
  return unlessStale(outcome);
}
