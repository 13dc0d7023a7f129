import { type IntakeFigureCounts, noIntakeFigureCounts } from '../../../domain/intake-figures';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { findFundingLineByCode } from '../funding';
import { countReferralsForFigures, referralsOfCollaboration } from './intake.repository';

/**
 * Referral counts for figures: no names, no family ids — counting material only, so figures can
 * be built for people who may never read a referral (steering group, lead partner). Counted in
 * the database (ADR 041).
 */
export async function referralFigureCounts(
  db: Executor,
  actor: Actor,
  filters: { from?: string; to?: string; fundingLine?: string },
): Promise<IntakeFigureCounts> {
  let fundingLineId: string | undefined;
  if (filters.fundingLine) {
    const line = await findFundingLineByCode(db, actor.collaborationId, filters.fundingLine);
    if (!line) return noIntakeFigureCounts();
    fundingLineId = line.id;
  }
  return countReferralsForFigures(db, referralsOfCollaboration(actor.collaborationId), {
    from: filters.from,
    to: filters.to,
    fundingLineId,
  });
}
