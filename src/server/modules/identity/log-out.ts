import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { recordAccountEvent } from '../audit';
import { deleteSession } from './identity.repository';

export async function logOut(db: Db, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    await deleteSession(tx, actor.sessionId);
    await recordAccountEvent(tx, {
      action: 'logout',
      collaborationId: actor.collaborationId,
      entityType: 'account',
      entityId: actor.userId,
      actor: { userId: actor.userId, displayName: actor.displayName },
    });
  });
}
