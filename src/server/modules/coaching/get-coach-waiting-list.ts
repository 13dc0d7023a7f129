import type { CoachWaitingListResponse } from '../../../contracts/coaching';
import { waitingDays } from '../../../domain/family-coaching';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { recordFamiliesShown } from '../audit';
import { familyLabel, listMembersOf, toMemberView } from '../families';
import { coachingBoard } from './coaching-board';
import { coachRef } from './coaching-views';

/**
 * R23 with R18: the families referred for family coaching that wait for a coach, longest first,
 * each with the coach suggested. Every family shown is a read of it, so it is audited.
 */
export async function getCoachWaitingList(db: Db, actor: Actor): Promise<CoachWaitingListResponse> {
  return db.transaction(async (tx) => {
    const today = actor.clock.today();
    const board = await coachingBoard(tx, actor, today);
    const members = await listMembersOf(
      tx,
      board.waiting.map((w) => w.familyId),
    );
    await recordFamiliesShown(
      tx,
      actor,
      'list',
      board.waiting.map((w) => w.familyId),
      { view: 'coachWaitingList' },
    );
    return {
      today,
      entries: board.waiting.map((w, index) => {
        const suggested = board.suggestions.get(w.familyId) ?? null;
        return {
          familyId: w.familyId,
          familyLabel: familyLabel(members.filter((m) => m.familyId === w.familyId).map(toMemberView)),
          referralId: w.referral.id,
          reference: w.referral.reference,
          since: w.since,
          waitingDays: waitingDays(w.since, today),
          position: index + 1,
          municipality: w.municipality,
          zone: w.zone,
          suggestedCoach: suggested ? coachRef(board.workers.get(suggested), suggested) : null,
          isReturning: w.isReturning,
        };
      }),
    };
  });
}
