import type { SessionResponse } from '../../../contracts/identity';
import type { Executor } from '../../platform/db/database';
import { recordAccountEvent } from '../audit';
import { deleteExpiredSessions, findSessionPolicy, insertSession, type UserRow } from './identity.repository';
import { sessionEndsAt } from './session-policy';
import { newToken, sessionIdOf } from './session-token';
import { toUserDto } from './user-view';

export type StartedSession = SessionResponse & { token: string; maxAgeSeconds: number };

/**
 * A new session for a person who proved who they are (a password, or an invitation just used):
 * the cookie token, kept only hashed, and the CSRF token, with the collaboration's policy (ADR 018).
 */
export async function startSession(db: Executor, user: UserRow, now: Date): Promise<StartedSession> {
  await deleteExpiredSessions(db, now);
  const policy = await findSessionPolicy(db, user.collaborationId);
  const token = newToken();
  const csrfToken = newToken();
  await insertSession(db, {
    id: sessionIdOf(token),
    userId: user.id,
    collaborationId: user.collaborationId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: sessionEndsAt(policy, { createdAt: now, lastSeenAt: now }),
  });
  await recordAccountEvent(db, {
    action: 'login',
    collaborationId: user.collaborationId,
    entityType: 'account',
    entityId: user.id,
    actor: { userId: user.id, displayName: user.displayName },
  });
  return { user: await toUserDto(db, user), csrfToken, token, maxAgeSeconds: policy.maxHours * 60 * 60 };
}
