import type { ListReferralsQuery, ReferralSummaryDto } from '../../../contracts/intake';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { recordAudit } from '../audit';
import { findFundingLineByCode } from '../funding';
import { listReferrals as queryReferrals, referralsVisibleTo } from './intake.repository';
import { toReferralSummaries } from './referral-view';

export async function listReferrals(
  db: Db,
  actor: Actor,
  query: ListReferralsQuery,
): Promise<{ items: ReferralSummaryDto[]; total: number }> {
  return db.transaction(async (tx) => {
    let fundingLineId: string | undefined;
    if (query.fundingLine) {
      const line = await findFundingLineByCode(tx, actor.collaborationId, query.fundingLine);
      if (!line) return { items: [], total: 0 };
      fundingLineId = line.id;
    }
    const { rows, total } = await queryReferrals(
      tx,
      referralsVisibleTo(actor),
      { ...query, fundingLineId },
      { limit: query.limit, offset: query.offset },
    );
    // A list shows family names too: every referral shown is a read in the trail.
    await recordAudit(
      tx,
      actor,
      rows.map((r) => ({
        action: 'list' as const,
        entityType: 'referral' as const,
        entityId: r.id,
        familyId: r.familyId,
      })),
    );
    return { items: await toReferralSummaries(tx, rows, actor.clock.today()), total };
  });
}
