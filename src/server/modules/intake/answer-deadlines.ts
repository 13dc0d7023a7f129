// R4 for the reminder scan (notifications, issue 12 point 6): every referral still waiting for
// its answer, with the day the answer is due by its line's target — the same rule the intake
// list shows (answerDeadline).
import { answerDeadline, DEFAULT_ANSWER_TARGET_WORKING_DAYS } from '../../../domain/answer-target';
import type { IsoDate } from '../../../domain/dates';
import type { Executor } from '../../platform/db/database';
import { findFundingLinesByIds } from '../funding';
import { listReferralsWithStatus } from './intake.repository';

export type OpenAnswerDeadline = { referralId: string; reference: string; dueOn: IsoDate };

export async function listOpenAnswerDeadlines(
  db: Executor,
  collaborationId: string,
  today: IsoDate,
): Promise<OpenAnswerDeadline[]> {
  const waiting = await listReferralsWithStatus(db, collaborationId, 'received');
  const lines = new Map(
    (await findFundingLinesByIds(db, [...new Set(waiting.map((r) => r.fundingLineId))])).map((l) => [
      l.id,
      l,
    ]),
  );
  return waiting.map((r) => ({
    referralId: r.id,
    reference: r.reference,
    dueOn: answerDeadline({
      receivedOn: r.receivedOn,
      decidedOn: null,
      today,
      targetWorkingDays:
        lines.get(r.fundingLineId)?.answerTargetWorkingDays ?? DEFAULT_ANSWER_TARGET_WORKING_DAYS,
    }).dueOn,
  }));
}
