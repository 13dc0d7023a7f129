import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { recordAccountEvent } from '../audit';
import { deleteSession, type UserRow } from './identity.repository';
import { type OpenedSession, openSession, type SignInClient } from './open-session';

/**
 * The half-signed-in session is replaced by a new, full one (ADR 036): a new token, so whatever
 * saw the first cookie holds nothing that is signed in.
 */
export async function finishSignIn(
  tx: Executor,
  actor: Actor,
  user: UserRow,
  now: Date,
  client: SignInClient,
  how: 'totp' | 'recoveryCode' | 'passkey' | 'emailCode' | 'enrolment',
): Promise<OpenedSession> {
  await deleteSession(tx, actor.sessionId);
  const opened = await openSession(tx, user, now, client, null);
  await recordAccountEvent(tx, {
    action: 'login',
    collaborationId: user.collaborationId,
    entityType: 'account',
    entityId: user.id,
    actor: { userId: user.id, displayName: user.displayName },
    details: { secondFactor: how },
  });
  return opened;
}
