import type { CorrectionBody, CorrectionDto } from '../../../contracts/voice';
import { correctionFieldOf } from '../../../domain/family-voice';
import type { Db } from '../../platform/db/database';
import { unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { type FamilyActor, inOwnFamily } from './in-own-family';
import { insertCorrection } from './voice.repository';
import { subjectAsFamilySees } from './voice-subjects';
import { namesOf, toCorrectionDto } from './voice-view';

/**
 * R16: a family member asks to correct something written — a contact note or a part of the plan —
 * with why and, if they like, the text they propose. The text as they read it is kept with the
 * request, so both sides see what was asked about whatever happens to it later.
 */
export async function askCorrection(
  db: Db,
  actor: FamilyActor,
  input: CorrectionBody,
): Promise<CorrectionDto> {
  const field = correctionFieldOf(input.subject, input.field);
  if (!field) throw unprocessable('CORRECTION_FIELD_REQUIRED', 'field');
  return inOwnFamily(db, actor, async (tx, own) => {
    const about = await subjectAsFamilySees(tx, own, input.subject, input.subjectId, field);
    const row = await insertCorrection(tx, {
      collaborationId: actor.collaborationId,
      familyId: own.id,
      memberId: own.me.id,
      subject: input.subject,
      subjectId: input.subjectId,
      field,
      planVersion: about.planVersion,
      originalText: about.text,
      reason: input.reason,
      proposedText: input.proposedText || null,
      createdAt: actor.clock.now(),
    });
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'correctionRequest',
      entityId: row.id,
      familyId: own.id,
      details: { subject: input.subject, field, planVersion: about.planVersion },
    });
    return toCorrectionDto(row, namesOf(own.members));
  });
}
