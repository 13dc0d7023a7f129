import type { TrajectoryDto } from '../../../contracts/trajectories';
import { todayIso } from '../../../domain/dates';
import { checkExtensionAcceptance } from '../../../domain/trajectories';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { inTrajectory } from './in-trajectory';
import { updateTrajectory } from './trajectories.repository';
import { extensionOf, toTrajectoryDto } from './trajectory-view';

/** R1: a coach (not for their own request) or the coordinator accepts the reason to go on. */
export async function acceptExtension(db: Db, actor: Actor, trajectoryId: string): Promise<TrajectoryDto> {
  return inTrajectory(db, actor, trajectoryId, async (tx, family, row) => {
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
      extensionAcceptedOn: todayIso(),
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
    return toTrajectoryDto(tx, updated);
  });
}
