import type { ExtensionBody, TrajectoryDto } from '../../../contracts/trajectories';
import { checkExtensionRequest } from '../../../domain/trajectories';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { unlessStale } from '../families';
import { inTrajectory } from './in-trajectory';
import { updateTrajectory } from './trajectories.repository';
import { trajectoryChanged } from './trajectory-changed';
import { extensionOf, toTrajectoryDto } from './trajectory-view';

/** R1: asks to go past 4 months, with the reason and until when; a coach or the coordinator accepts. */
export async function requestExtension(
  db: Db,
  actor: Actor,
  trajectoryId: string,
  input: ExtensionBody,
): Promise<TrajectoryDto> {
  const outcome = await inTrajectory(db, actor, trajectoryId, async (tx, family, row) => {
    const changed = await trajectoryChanged(tx, actor, family, row, input.baseVersion);
    if (changed) return changed;
    if (row.status !== 'open') throw new AppError(409, 'TRAJECTORY_ALREADY_CLOSED');
    const problem = checkExtensionRequest({
      kind: row.kind,
      startedOn: row.startedOn,
      untilOn: input.untilOn,
      current: extensionOf(row),
    });
    if (problem?.code === 'EXTENSION_ALREADY_ACCEPTED') throw new AppError(409, problem.code);
    if (problem) throw unprocessable(problem.code, 'field' in problem ? problem.field : undefined);
    const updated = await updateTrajectory(tx, row.id, {
      extensionReason: input.reason,
      extensionUntilOn: input.untilOn,
      extensionRequestedOn: actor.clock.today(),
      extensionRequestedBy: actor.userId,
      extensionRequestedByName: actor.displayName,
    });
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'trajectory',
      entityId: row.id,
      familyId: family.id,
      details: { extensionRequested: input.untilOn },
    });
    return toTrajectoryDto(tx, updated, actor.clock.today());
  });
  return unlessStale(outcome);
}
