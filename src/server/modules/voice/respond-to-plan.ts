import type { PlanResponseBody, PortalVoiceDto } from '../../../contracts/voice';
import type { Db } from '../../platform/db/database';
import { AppError, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { currentPlanOf } from '../plans';
import { portalVoiceOf } from './get-portal-voice';
import { type FamilyActor, inOwnFamily } from './in-own-family';
import { insertPlanResponse } from './voice.repository';

/**
 * R16: a member says whether they agree with the current version of the plan, and if not, why.
 * Once per member and version; a new version asks again. The worker's record of the family's
 * agreement (plans/record-agreement.ts, ADR 011) stays as it is: that is the agreement the worker
 * took down (on paper, in a conversation), this is each member's own answer in the portal.
 */
export async function respondToPlan(
  db: Db,
  actor: FamilyActor,
  input: PlanResponseBody,
): Promise<PortalVoiceDto> {
  return inOwnFamily(db, actor, async (tx, own) => {
    const plan = await currentPlanOf(tx, own.id);
    if (!plan || plan.version !== input.planVersion)
      throw unprocessable('PLAN_VERSION_NOT_CURRENT', 'planVersion');
    const row = await insertPlanResponse(tx, {
      collaborationId: actor.collaborationId,
      familyId: own.id,
      memberId: own.me.id,
      planVersion: plan.version,
      agrees: input.agrees,
      reason: input.reason || null,
      createdAt: actor.clock.now(),
    });
    if (!row) throw new AppError(409, 'PLAN_RESPONSE_GIVEN');
    await recordAudit(tx, actor, {
      action: 'agree',
      entityType: 'planResponse',
      entityId: row.id,
      familyId: own.id,
      details: { version: plan.version, agrees: input.agrees },
    });
    return portalVoiceOf(tx, own);
  });
}
