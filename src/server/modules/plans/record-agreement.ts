import type { AgreementBody, PlanDto } from '../../../contracts/plans';
import { brusselsDay } from '../../../domain/dates';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError, notFound, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { inFamilyFile } from '../families';
import { loadPlan } from './get-plan';
import { findPlan, findVersion, recordAgreement } from './plans.repository';

/** R16, R17: the family agrees to a version of its plan — who, when, how. */
export async function recordPlanAgreement(
  db: Db,
  actor: Actor,
  familyId: string,
  version: number,
  input: AgreementBody,
): Promise<PlanDto> {
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    const plan = await findPlan(tx, family.id, { forUpdate: true });
    const row = plan ? await findVersion(tx, plan.id, version) : null;
    if (!row) throw notFound();
    if (row.agreedOn) throw new AppError(409, 'PLAN_ALREADY_AGREED');
    if (input.agreedOn > actor.clock.today()) throw unprocessable('AGREEMENT_IN_FUTURE', 'agreedOn');
    if (input.agreedOn < brusselsDay(row.savedAt))
      throw unprocessable('AGREEMENT_BEFORE_VERSION', 'agreedOn');
    await recordAgreement(tx, row.id, {
      agreedOn: input.agreedOn,
      agreedBy: input.agreedBy,
      agreementMethod: input.method,
      agreementNote: input.note || null,
      agreementRecordedBy: actor.userId,
      agreementRecordedByName: actor.displayName,
      agreementRecordedAt: actor.clock.now(),
    });
    await recordAudit(tx, actor, {
      action: 'agree',
      entityType: 'familyPlan',
      entityId: family.id,
      familyId: family.id,
      details: { version, agreedOn: input.agreedOn, method: input.method },
    });
    return loadPlan(tx, family.id);
  });
}
