import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { recordAccountEvent } from '../audit';
import { deleteSessionOf } from './second-factor.repository';

/** Signs the person out on one of their other devices (ADR 037); someone else's session is 404. */
export async function revokeSession(db: Db, actor: Actor, sessionId: string): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await deleteSessionOf(tx, actor.userId, sessionId))) throw notFound();
    await recordAccountEvent(tx, {
      action: 'session-revoked',
      collaborationId: actor.collaborationId,
      entityType: 'account',
      entityId: actor.userId,
      actor: { userId: actor.userId, displayName: actor.displayName },
      details: { sessions: 1, isCurrent: sessionId === actor.sessionId },
    });
  });
}
