import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { deleteAbsence } from './team.repository';

/**
 * An absence entered by mistake, or cancelled leave, is removed: it would otherwise keep the
 * worker out of assignment by availability (R10) and count as absent on the team page.
 */
export async function removeAbsence(db: Db, actor: Actor, workerId: string, absenceId: string) {
  if (!(await deleteAbsence(db, actor.collaborationId, workerId, absenceId))) throw notFound();
}
