import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { recordAccountEvent } from '../audit';
import { findUserById, resetSignInFailures } from './identity.repository';

/** A coordinator or administrator lifts a lockout (ADR 018); an account of another collaboration is not found. */
export async function unlockAccount(db: Db, actor: Actor, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await findUserById(tx, userId);
    if (!user || user.collaborationId !== actor.collaborationId) throw notFound();
    await resetSignInFailures(tx, user.id);
    await recordAccountEvent(tx, {
      action: 'unlock',
      collaborationId: actor.collaborationId,
      entityType: 'account',
      entityId: user.id,
      actor: { userId: actor.userId, displayName: actor.displayName },
      details: { failedSignIns: user.failedSignIns, wasLocked: user.lockedUntil !== null },
    });
  });
}
