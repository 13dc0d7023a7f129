import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { recordAccountEvent } from '../audit';
import { deleteSessionsOf } from './second-factor.repository';

/** "Sign out everywhere else" (ADR 037): every session of the person but this one ends. */
export async function revokeOtherSessions(db: Db, actor: Actor): Promise<{ ended: number }> {
  return db.transaction(async (tx) => {
    const ended = await deleteSessionsOf(tx, actor.userId, actor.sessionId);
    await recordAccountEvent(tx, {
      action: 'session-revoked',
      collaborationId: actor.collaborationId,
      entityType: 'account',
      entityId: actor.userId,
      actor: { userId: actor.userId, displayName: actor.displayName },
      details: { sessions: ended, others: true },
    });
    return { ended };
  });
}
