import type { CoachMatchesResponse } from '../../../contracts/coaching';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { recordFamiliesShown } from '../audit';
import { familyLabel, listMembersOf, toMemberView } from '../families';
import { gatherCoaches } from './coaching-board';
import { toMatchDto } from './coaching-views';

/** R23: the running matches, oldest first; each family named is audited like any list. */
export async function listCoachMatches(db: Db, actor: Actor): Promise<CoachMatchesResponse> {
  return db.transaction(async (tx) => {
    const { workers, running } = await gatherCoaches(tx, actor, actor.clock.today());
    const members = await listMembersOf(
      tx,
      running.map((m) => m.familyId),
    );
    await recordFamiliesShown(
      tx,
      actor,
      'list',
      running.map((m) => m.familyId),
      { view: 'coachMatches' },
    );
    const labelOf = (familyId: string) =>
      familyLabel(members.filter((m) => m.familyId === familyId).map(toMemberView));
    return { matches: running.map((m) => toMatchDto(m, workers, labelOf(m.familyId))) };
  });
}
