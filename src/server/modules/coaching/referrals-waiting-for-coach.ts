import { waitsForCoach } from '../../../domain/family-coaching';
import type { Executor } from '../../platform/db/database';
import { listMatchesOfFamilies } from './coaching.repository';

/**
 * R18 with R23: of these family-coaching referrals, the ids of those whose family still waits
 * for a coach. The team's waiting list drops a family once the desk matched it to a coach.
 */
export async function referralsWaitingForCoach(
  db: Executor,
  collaborationId: string,
  referrals: readonly { id: string; familyId: string; receivedOn: string }[],
): Promise<Set<string>> {
  const matches = await listMatchesOfFamilies(db, collaborationId, [
    ...new Set(referrals.map((r) => r.familyId)),
  ]);
  return new Set(
    referrals
      .filter((r) =>
        waitsForCoach(
          r,
          matches.filter((m) => m.familyId === r.familyId),
        ),
      )
      .map((r) => r.id),
  );
}
