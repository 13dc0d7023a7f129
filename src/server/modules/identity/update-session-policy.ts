import type { SessionPolicyBody } from '../../../contracts/identity';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { recordAccountEvent } from '../audit';
import { findSessionPolicy, upsertSessionPolicy } from './identity.repository';
import type { SessionPolicy } from './session-policy';

/** An administrator sets how long the collaboration's sessions live; live sessions follow at once. */
export async function updateSessionPolicy(
  db: Db,
  actor: Actor,
  policy: SessionPolicyBody,
): Promise<SessionPolicy> {
  return db.transaction(async (tx) => {
    const before = await findSessionPolicy(tx, actor.collaborationId);
    await upsertSessionPolicy(tx, actor.collaborationId, policy);
    await recordAccountEvent(tx, {
      action: 'session-policy',
      collaborationId: actor.collaborationId,
      entityType: 'collaboration',
      entityId: actor.collaborationId,
      actor: { userId: actor.userId, displayName: actor.displayName },
      details: { before, after: policy },
    });
    return policy;
  });
}
