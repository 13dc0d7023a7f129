import type { DecisionBody, ReferralDto } from '../../../contracts/intake';
import { checkDecision } from '../../../domain/referral-decision';
import type { Actor } from '../../platform/auth/actor';
import type { Db, Executor } from '../../platform/db/database';
import { AppError, notFound, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { findFundingLinesByIds } from '../funding';
import { referralDetailFor } from './get-referral';
import { findReferral, listReasons, referralsVisibleTo, updateReferral } from './intake.repository';
import { checkStartOnLine } from './line-rules';
import { mailReferralAnswer } from './referral-answer-mail';

async function lineOf(tx: Executor, fundingLineId: string) {
  const [line] = await findFundingLinesByIds(tx, [fundingLineId]);
  if (!line) throw new Error(`funding line ${fundingLineId} of a referral does not exist`);
  return line;
}

/** R4: the answer to the referrer — started, not started with a reason, or waiting list. */
export async function decideReferral(
  db: Db,
  actor: Actor,
  id: string,
  input: DecisionBody,
): Promise<ReferralDto> {
  return db.transaction(async (tx) => {
    // Row lock: two coordinators deciding at once get one decision and one 409, never two.
    const row = await findReferral(tx, referralsVisibleTo(actor), id, { forUpdate: true });
    if (!row) throw notFound();
    const today = actor.clock.today();
    const decidedOn = input.decidedOn ?? today;
    const reasons = (await listReasons(tx, actor.collaborationId)).map((r) => r.code);
    const problem = checkDecision({
      currentStatus: row.status,
      receivedOn: row.receivedOn,
      outcome: input.outcome,
      reason: input.reason,
      decidedOn,
      today,
      knownReasons: reasons,
    });
    if (problem?.code === 'REFERRAL_ALREADY_DECIDED') throw new AppError(409, problem.code);
    if (problem) throw unprocessable(problem.code, problem.field);
    const quota =
      input.outcome === 'started'
        ? await checkStartOnLine(tx, actor, await lineOf(tx, row.fundingLineId), {
            decidedOn,
            overQuotaReason: input.overQuotaReason,
          })
        : { overQuota: row.overQuota, overQuotaReason: null };

    const updated = await updateReferral(tx, row.id, {
      status: input.outcome,
      decidedOn,
      decisionReasonCode: input.outcome === 'notStarted' ? (input.reason ?? null) : null,
      decisionNote: input.note || null,
      decidedBy: actor.userId,
      decidedByName: actor.displayName,
      // R4: a start is measured against the quota of its own year (domain/line-starts); a referral
      // that waits or is refused keeps the flag it got on arrival.
      overQuota: input.outcome === 'started' ? quota.overQuota : row.overQuota,
      overQuotaReason: quota.overQuotaReason,
    });
    await recordAudit(tx, actor, {
      action: 'decide',
      entityType: 'referral',
      entityId: row.id,
      familyId: row.familyId,
      details: { outcome: input.outcome, reason: updated.decisionReasonCode, decidedOn },
    });
    await mailReferralAnswer(tx, updated); // R4: the fast answer, by mail
    return referralDetailFor(tx, actor, updated);
  });
}
