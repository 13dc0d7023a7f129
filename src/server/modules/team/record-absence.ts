import type { AbsenceInput } from '../../../contracts/team';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { notFound, unprocessable } from '../../platform/http/app-error';
import { findWorker, insertAbsence } from './team.repository';

/** R12: absences are known ahead, so cover can be planned and assignment skips the absent (R10). */
export async function recordAbsence(db: Db, actor: Actor, workerId: string, input: AbsenceInput) {
  if (input.endsOn < input.startsOn) throw unprocessable('ABSENCE_END_BEFORE_START', 'endsOn');
  return db.transaction(async (tx) => {
    if (!(await findWorker(tx, actor.collaborationId, workerId))) throw notFound();
    return insertAbsence(tx, {
      collaborationId: actor.collaborationId,
      workerId,
      ...input,
      reason: input.reason || null,
    });
  });
}
