// The rules a funding line puts on a referral (lines are data; these rules attach to the
// preset line codes and to the numbers a line's year sets).
import type { MemberInput } from '../../../contracts/intake';
import { isOverQuota } from '../../../domain/crisis-follow-up';
import { isFamilyEligibleForFamilyCare } from '../../../domain/family-care';
import { isCapReached } from '../../../domain/funding';
import { isLineOpenOn } from '../../../domain/funding-line';
import { FAMILY_CARE_LINE } from '../../../domain/funding-lines';
import { yearOf } from '../../../domain/line-starts';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { lockFor } from '../../platform/db/lock';
import { unprocessable } from '../../platform/http/app-error';
import { lineYearSettings } from '../funding';
import { countStartedOnLine } from './intake.repository';

type Line = { id: string; code: string; endsOn: string | null; isActive: boolean };

/**
 * At registration: R5 eligibility, and the R4 signal when the quota is already used up. The
 * line's year (its target and the trajectories started on it) is read with the registration's
 * other facts in one statement (findRegistrationContext).
 */
export function checkReferralOnLine(
  line: Line,
  input: { receivedOn: string; members: MemberInput[] },
  use: { targetTrajectories: number | null; startedOnLine: number },
): { overQuota: boolean } {
  if (line.code === FAMILY_CARE_LINE) {
    const children = input.members.filter((m) => m.role === 'child');
    if (!isFamilyEligibleForFamilyCare(children, input.receivedOn)) {
      throw unprocessable('FAMILY_CARE_NOT_ELIGIBLE', 'family.members');
    }
  }
  if (use.targetTrajectories == null) return { overQuota: false };
  return { overQuota: isOverQuota(use.startedOnLine, use.targetTrajectories) };
}

/**
 * At the start of help: R6 a line with a cap refuses the next trajectory; R4 past the quota the
 * coordinator may still accept, with a reason that is kept and counted as a signal.
 */
export async function checkStartOnLine(
  tx: Executor,
  actor: Actor,
  line: Line,
  input: { decidedOn: string; overQuotaReason?: string | null },
): Promise<{ overQuota: boolean; overQuotaReason: string | null }> {
  // R8: a referral received before its line ended does not start on it afterwards.
  if (!isLineOpenOn(line, input.decidedOn)) throw unprocessable('FUNDING_LINE_ENDED', 'outcome');
  const year = yearOf(input.decidedOn);
  // Two coordinators starting the 20th and the 21st at once: the second counts after the first.
  await lockFor(tx, `line-start:${line.id}:${year}`);
  const settings = await lineYearSettings(tx, line.id, year);
  if (!settings) return { overQuota: false, overQuotaReason: null };
  const started = await countStartedOnLine(tx, actor.collaborationId, line.id, year);
  if (isCapReached(started, settings.capTrajectories)) {
    throw unprocessable('FUNDING_LINE_CAP_REACHED', 'outcome', { cap: settings.capTrajectories, year });
  }
  if (!isOverQuota(started, settings.targetTrajectories)) return { overQuota: false, overQuotaReason: null };
  if (!input.overQuotaReason) {
    throw unprocessable('OVER_QUOTA_REASON_REQUIRED', 'overQuotaReason', {
      quota: settings.targetTrajectories,
      year,
    });
  }
  return { overQuota: true, overQuotaReason: input.overQuotaReason };
}
