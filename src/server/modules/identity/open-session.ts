import type { Executor } from '../../platform/db/database';
import { recordAccountEvent } from '../audit';
import { deleteExpiredSessions, findSessionPolicy, insertSession, type UserRow } from './identity.repository';
import { sessionEndsAt } from './session-policy';
import { newToken, sessionIdOf } from './session-token';

export type OpenedSession = { token: string; csrfToken: string; maxAgeSeconds: number };

/**
 * A person proved who they are (password, or their organisation's provider): a new session under
 * the collaboration's policy, and the sign-in in the audit trail with how it happened.
 */
export async function openSession(
  db: Executor,
  user: UserRow,
  now: Date,
  how: { method: 'password' } | { method: 'single-sign-on'; providerId: string },
): Promise<OpenedSession> {
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
    ...(how.method === 'password' ? {} : { details: how }),
  });
  return { token, csrfToken, maxAgeSeconds: policy.maxHours * 60 * 60 };
}
