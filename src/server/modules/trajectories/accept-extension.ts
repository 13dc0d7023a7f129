import type { AcceptExtensionBody, TrajectoryDto } from '../../../contracts/trajectories';
import { checkExtensionAcceptance } from '../../../domain/trajectories';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { unlessStale } from '../families';
import { inTrajectory } from './in-trajectory';
import { updateTrajectory } from './trajectories.repository';
import { trajectoryChanged } from './trajectory-changed';
import { extensionOf, toTrajectoryDto } from './trajectory-view';

/** R1: a coach (not for their own request) or the coordinator accepts the reason to go on. */
export async function acceptExtension(
  db: Db,
  actor: Actor,
  trajectoryId: string,
  input: AcceptExtensionBody,
): Promise<TrajectoryDto> {
  const outcome = await inTrajectory(db, actor, trajectoryId, async (tx, family, row) => {
    const changed = await trajectoryChanged(tx, actor, family, row, input.baseVersion);
    if (changed) return changed;
    if (row.status !== 'open') throw new AppError(409, 'TRAJECTORY_ALREADY_CLOSED');
    const problem = checkExtensionAcceptance({
      current: extensionOf(row),
      acceptorId: actor.userId,
      acceptorRoles: actor.roles,
    });
    if (problem?.code === 'EXTENSION_NOT_REQUESTED' || problem?.code === 'EXTENSION_ALREADY_ACCEPTED')
      throw new AppError(409, problem.code);
    if (problem) throw new AppError(403, problem.code);
    const updated = await updateTrajectory(tx, row.id, {
      extensionAcceptedOn: actor.clock.today(),
      extensionAcceptedBy: actor.userId,
      extensionAcceptedByName: actor.displayName,
    });
    await recordAudit(tx, actor, {
      action: 'decide',
      entityType: 'trajectory',
      entityId: row.id,
      familyId: family.id,
      details: { extensionAccepted: row.extensionUntilOn },
    });
    return toTrajectoryDto(tx, updated, actor.clock.today());
  });
  return unlessStale(outcome);
}
