// ADR 020: every change of a trajectory names the version it started from. The trajectory is
// locked (inTrajectory), so comparing under the lock is atomic: of two saves from one version,
// the second finds it raised and gets the current trajectory instead of overwriting it.
import type { Actor } from '../../platform/auth/actor';
import type { Tx } from '../../platform/db/database';
import { type FamilyFile, type StaleSave, staleSave } from '../families';
import type { TrajectoryRow } from './trajectories.repository';
import { toTrajectoryDto } from './trajectory-view';

/** A StaleSave with the current trajectory when `baseVersion` is not the locked row's version, else null. */
export async function trajectoryChanged(
  tx: Tx,
  actor: Actor,
  family: FamilyFile,
  row: TrajectoryRow,
  baseVersion: number,
): Promise<StaleSave | null> {
  if (row.version === baseVersion) return null;
  return staleSave(
    tx,
    actor,
    { entityType: 'trajectory', entityId: row.id, familyId: family.id },
    {
      record: 'trajectory',
      id: row.id,
      baseVersion,
      currentVersion: row.version,
      current: await toTrajectoryDto(tx, row, actor.clock.today()),
    },
  );
}
