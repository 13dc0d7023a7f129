import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { recordAccountEvent } from '../audit';
import { deletePasskeyOf } from './passkeys.repository';

/** Removes one of the person's own passkeys (another's is 404), audited (ADR 040). */
export async function removePasskey(db: Db, actor: Actor, passkeyId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const removed = await deletePasskeyOf(tx, actor.userId, passkeyId);
    if (!removed) throw notFound();
    await recordAccountEvent(tx, {
      action: 'passkey-removed',
      collaborationId: actor.collaborationId,
      entityType: 'account',
      entityId: actor.userId,
      actor: { userId: actor.userId, displayName: actor.displayName },
      details: { passkeyId },
    });
  });
}
