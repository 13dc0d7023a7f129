import type { Executor } from '../../platform/db/database';
import { moveDecisionsToFamily } from './assignment.repository';

/** R17 and R10: the coordinator's recorded choices go with the family when its files merge. */
export async function moveAssignmentDecisions(
  db: Executor,
  input: { collaborationId: string; fromId: string; intoId: string },
) {
  await moveDecisionsToFamily(db, input);
}
