import type { Actor } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { type FamilyFile, inFamilyFile } from '../families';
import { findTrajectory, type TrajectoryRow } from './trajectories.repository';

/**
 * Runs `work` on a trajectory (locked) within its family's file: the same door as the file
 * itself — another collaboration's trajectory is 404, someone not assigned gets the limited view.
 */
export async function inTrajectory<T>(
  db: Db,
  actor: Actor,
  trajectoryId: string,
  work: (tx: Tx, family: FamilyFile, trajectory: TrajectoryRow) => Promise<T>,
): Promise<T> {
  const found = await findTrajectory(db, actor.collaborationId, trajectoryId);
  if (!found) throw notFound();
  return inFamilyFile(db, actor, found.familyId, async (tx, family) => {
    const row = await findTrajectory(tx, actor.collaborationId, trajectoryId, { forUpdate: true });
    if (!row) throw notFound();
    return work(tx, family, row);
  });
}
