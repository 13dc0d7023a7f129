import type { PlanVersionDto } from '../../../contracts/plans';
import type { AnswerCorrectionBody, CorrectionDto } from '../../../contracts/voice';
import {
  applyCorrection,
  correctionAnswerProblem,
  isPlanSubject,
  planItemText,
} from '../../../domain/family-voice';
import type { Actor } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { AppError, notFound, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { type FamilyFile, inFamilyFile, listMembersOf } from '../families';
import { currentPlanOf, saveNextVersion } from '../plans';
import { tellFamilyOfAnswer } from './tell-family-of-answer';
import { type CorrectionRow, findCorrection, answerCorrection as storeAnswer } from './voice.repository';
import { namesOf, toCorrectionDto } from './voice-view';

type Outcome = { answered: CorrectionDto } | { conflict: PlanVersionDto };

/**
 * R16: the worker answers a family's correction request. Declined: with a reason the family
 * reads. Accepted: a plan part is corrected as the plan's next version, saved by the worker on
 * top of the version they read (ADR 011: 409 when someone saved meanwhile); a contact note is
 * never edited (ADR 020) — the corrected text is kept with the answer and shown beside the note.
 * Either way the original, the request, the answer and the change stay visible to both sides.
 */
export async function answerCorrectionRequest(
  db: Db,
  actor: Actor,
  familyId: string,
  correctionId: string,
  input: AnswerCorrectionBody,
  publicUrl: string,
): Promise<CorrectionDto> {
  const outcome = await inFamilyFile<Outcome>(db, actor, familyId, async (tx, family) => {
    const request = await findCorrection(tx, family.id, correctionId, { forUpdate: true });
    if (!request) throw notFound();
    const problem = correctionAnswerProblem(request.status, input);
    if (problem?.code === 'CORRECTION_ALREADY_ANSWERED')
      throw new AppError(409, 'CORRECTION_ALREADY_ANSWERED');
    if (problem) throw unprocessable(problem.code as 'CORRECTION_TEXT_REQUIRED', problem.field);

    let correctedInVersion: number | null = null;
    if (input.decision === 'accepted' && isPlanSubject(request.subject)) {
      const saved = await correctPlan(tx, actor, family, request, input);
      if ('conflict' in saved) return saved;
      correctedInVersion = saved.version;
    }
    const row = await storeAnswer(tx, request.id, {
      status: input.decision,
      answeredBy: actor.userId,
      answeredByName: actor.displayName,
      answeredAt: actor.clock.now(),
      answerReason: input.reason || null,
      correctedText: input.decision === 'accepted' ? (input.correctedText ?? null) : null,
      correctedInVersion,
    });
    if (!row) throw new AppError(409, 'CORRECTION_ALREADY_ANSWERED');
    await recordAudit(tx, actor, {
      action: 'decide',
      entityType: 'correctionRequest',
      entityId: row.id,
      familyId: family.id,
      details: { decision: input.decision, correctedInVersion },
    });
    await tellFamilyOfAnswer(tx, actor, row.memberId, publicUrl);
    return { answered: toCorrectionDto(row, namesOf(await listMembersOf(tx, [family.id]))) };
  });
  if ('conflict' in outcome)
    throw new AppError(409, 'PLAN_VERSION_CONFLICT', {
      details: { currentVersion: outcome.conflict.version, current: outcome.conflict },
    });
  return outcome.answered;
}

/** The accepted correction as the plan's next version, on top of the version the worker read. */
async function correctPlan(
  tx: Tx,
  actor: Actor,
  family: FamilyFile,
  request: CorrectionRow,
  input: AnswerCorrectionBody,
): Promise<{ version: number } | { conflict: PlanVersionDto }> {
  if (!isPlanSubject(request.subject)) throw notFound();
  if (input.baseVersion === undefined) throw unprocessable('CORRECTION_BASE_VERSION_REQUIRED', 'baseVersion');
  const current = await currentPlanOf(tx, family.id);
  if (
    !current ||
    planItemText(current.content, request.subject, request.subjectId, request.field) === undefined
  )
    throw unprocessable('CORRECTION_ITEM_GONE', 'decision');
  const content = applyCorrection(
    current.content,
    request.subject,
    request.subjectId,
    request.field,
    input.correctedText as string,
  );
  const saved = await saveNextVersion(tx, actor, family, content, {
    baseVersion: input.baseVersion,
    changeNote: input.reason || null,
  });
  if ('conflict' in saved) return saved;
  return { version: saved.saved.current?.version as number };
}
