import type { CoachesResponse } from '../../../contracts/coaching';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { gatherCoaches } from './coaching-board';
import { toCoachDto } from './coaching-views';

/** R23: every active family coach, paid and volunteer, with limit, running families and free places. */
export async function listCoaches(db: Db, actor: Actor): Promise<CoachesResponse> {
  const today = actor.clock.today();
  const { coaches } = await gatherCoaches(db, actor, today);
  return { today, coaches: coaches.map(toCoachDto) };
}
