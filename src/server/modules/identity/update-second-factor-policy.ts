import type { SecondFactorPolicyBody } from '../../../contracts/identity';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { recordAccountEvent } from '../audit';
import { findSecondFactorRule, upsertSecondFactorRule } from './second-factor.repository';

/**
 * Who must sign in with a second factor (ADR 036), beside how long sessions live. A person it
 * newly concerns is sent to enrolment at their next sign-in; their open sessions stay.
 */
export async function updateSecondFactorPolicy(
  db: Db,
  actor: Actor,
  body: SecondFactorPolicyBody,
): Promise<SecondFactorPolicyBody> {
  return db.transaction(async (tx) => {
    const before = await findSecondFactorRule(tx, actor.collaborationId);
    await upsertSecondFactorRule(tx, actor.collaborationId, body.requiredFor);
    await recordAccountEvent(tx, {
      action: 'session-policy',
      collaborationId: actor.collaborationId,
      entityType: 'collaboration',
      entityId: actor.collaborationId,
      actor: { userId: actor.userId, displayName: actor.displayName },
      details: { secondFactorRequiredFor: { before, after: body.requiredFor } },
    });
    return body;
  });
}
