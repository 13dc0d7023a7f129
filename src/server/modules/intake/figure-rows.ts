import type { IntakeFigureCounts } from '../../../domain/intake-figures';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { findFundingLineByCode } from '../funding';
import { countReferralsForFigures, referralsOfCollaboration } from './intake.repository';

const NOTHING: IntakeFigureCounts = {
  received: 0,
  started: 0,
  notStarted: 0,
  waiting: 0,
  open: 0,
  overQuotaSignals: 0,
  firstReceivedOn: null,
  lastReceivedOn: null,
  receivedByMonth: {},
  notStartedByReason: {},
  byRegistrantKind: {},
  byReferredThrough: {},
  byPrimaryCareZone: {},
  answerDays: { median: null, p90: null },
};

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
    if (!line) return NOTHING;
    fundingLineId = line.id;
  }
  return countReferralsForFigures(db, referralsOfCollaboration(actor.collaborationId), {
    from: filters.from,
    to: filters.to,
    fundingLineId,
  });
}
