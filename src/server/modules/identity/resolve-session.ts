import type { Locale } from '../../../contracts/common';
import type { Role } from '../../../domain/roles';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { findLiveSession, findUserById, touchSession } from './identity.repository';
import { SESSION_IDLE_MS, sessionIdOf } from './session-token';

// Sliding expiry, written at most once a minute so reads do not turn into writes.
const TOUCH_AFTER_MS = 60 * 1000;

export async function resolveSession(
  db: Db,
  token: string | undefined,
  now = new Date(),
): Promise<Actor | null> {
  if (!token) return null;
  const session = await findLiveSession(db, sessionIdOf(token), now);
  if (!session) return null;
  const user = await findUserById(db, session.userId);
  if (!user?.isActive) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await touchSession(db, session.id, now, new Date(now.getTime() + SESSION_IDLE_MS));
  }
  return {
    userId: user.id,
    collaborationId: user.collaborationId,
    displayName: user.displayName,
    roles: user.roles as Role[],
    organisationId: user.organisationId,
    locale: user.locale as Locale,
    sessionId: session.id,
    csrfToken: session.csrfToken,
  };
}
