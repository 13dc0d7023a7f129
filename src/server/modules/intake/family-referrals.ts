// What the family's journey reads of intake: a family's referrals (the start of its file, R26),
// the referrals on the team's waiting list (R18) and the started ones (R26 figures).
import type { FamilyReferralDto } from '../../../contracts/families';
import type { Executor } from '../../platform/db/database';
import { findFundingLinesByIds } from '../funding';
import {
  listReferralsOfFamilies,
  listReferralsOnLine,
  listReferralsWithStatus,
  type ReferralRow,
} from './intake.repository';

export type ReferralFact = FamilyReferralDto & { familyId: string; decidedOn: string | null };

async function toFacts(db: Executor, rows: ReferralRow[]): Promise<ReferralFact[]> {
  const lines = new Map(
    (await findFundingLinesByIds(db, [...new Set(rows.map((r) => r.fundingLineId))])).map((l) => [l.id, l]),
  );
  return rows.map((r) => ({
    id: r.id,
    familyId: r.familyId,
    reference: r.reference,
    receivedOn: r.receivedOn,
    status: r.status,
    decidedOn: r.decidedOn,
    fundingLine: {
      code: lines.get(r.fundingLineId)?.code ?? '',
      name: lines.get(r.fundingLineId)?.name ?? '',
    },
    requestForHelp: r.requestForHelp,
    perspectiveConversationOn: r.perspectiveConversationOn,
  }));
}

/** The referrals of these families, newest first. */
export async function referralsOfFamilies(db: Executor, collaborationId: string, familyIds: string[]) {
  return toFacts(db, await listReferralsOfFamilies(db, collaborationId, familyIds));
}

/** R18: referrals the desk put on the waiting list, oldest first. */
export async function waitingListReferrals(db: Executor, collaborationId: string) {
  return toFacts(db, await listReferralsWithStatus(db, collaborationId, 'waitingList'));
}

/** R23: the referrals on a line that were started or put on the waiting list, oldest first. */
export async function startedOrWaitingReferralsOnLine(
  db: Executor,
  collaborationId: string,
  fundingLineId: string,
) {
  return toFacts(
    db,
    await listReferralsOnLine(db, collaborationId, fundingLineId, ['started', 'waitingList']),
  );
}

/** R26: referrals started, decided within the period. */
export async function startedReferrals(
  db: Executor,
  collaborationId: string,
  period: { from?: string; to?: string },
) {
  return toFacts(db, await listReferralsWithStatus(db, collaborationId, 'started', period));
}
