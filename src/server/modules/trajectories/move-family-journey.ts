import type { Executor } from '../../platform/db/database';
import { moveJourneyToFamily } from './trajectories.repository';

/**
 * R17: when two files of one family merge, the merged file's trajectories, contacts and
 * coordination meetings move to the surviving file unchanged (care weeks and extensions hang
 * on their trajectory and follow it). Ids stay the same, so every link keeps working.
 */
export async function moveFamilyJourney(
  db: Executor,
  input: { collaborationId: string; fromId: string; intoId: string },
) {
  return { trajectoriesMoved: await moveJourneyToFamily(db, input) };
}
