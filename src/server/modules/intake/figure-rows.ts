import type { FigureInput } from '../../../domain/intake-figures';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { findFundingLineByCode } from '../funding';
import { listReferralsForFigures, referralsOfCollaboration } from './intake.repository';

/**
 * Referral facts for figures: no names, no family ids — counting material only, so figures can
 * be built for people who may never read a referral (steering group, lead partner).
 */
export async function referralFigureRows(
  db: Executor,
  actor: Actor,
  filters: { from?: string; to?: string; fundingLine?: string },
): Promise<FigureInput[]> {
  let fundingLineId: string | undefined;
  if (filters.fundingLine) {
    const line = await findFundingLineByCode(db, actor.collaborationId, filters.fundingLine);
    if (!line) return [];
    fundingLineId = line.id;
  }
  return listReferralsForFigures(db, referralsOfCollaboration(actor.collaborationId), {
    from: filters.from,
    to: filters.to,
    fundingLineId,
  });
}
