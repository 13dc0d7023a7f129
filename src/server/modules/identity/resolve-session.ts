import type { Clock } from '../../../domain/clock';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { findFamilyPrincipal } from './family-accounts.repository';
import { deleteSession, findSessionWithPolicy, findUserById, touchSession } from './identity.repository';
import { findPendingSignIn } from './second-factor.repository';
import { sessionEndsAt } from './session-policy';
import { sessionIdOf } from './session-token';

// Activity is written at most once a minute so reads do not turn into writes; an idle deadline
// may therefore come up to a minute late.
const TOUCH_AFTER_MS = 60 * 1000;

export async function resolveSession(db: Db, token: string | undefined, clock: Clock): Promise<Actor | null> {
  if (!token) return null;
  const now = clock.now();
  const session = await findSessionWithPolicy(db, sessionIdOf(token));
  if (!session) return null;
  // Idle and absolute limits of the collaboration's policy as it is now (ADR 018).
  if (now >= sessionEndsAt(session.policy, session)) {
    await deleteSession(db, session.id);
    return null;
  }
  // Half signed in (ADR 036): only its own short life counts, and the actor says what is due.
  const pending = await findPendingSignIn(db, session.id);
  if (pending && now >= pending.expiresAt) {
    await deleteSession(db, session.id);
    return null;
  }
  const user = await findUserById(db, session.userId);
  if (!user?.isActive) return null;
  // A family member's own account holds no role (ADR 044): only then is the link looked up.
  const family = user.roles.length === 0 ? await findFamilyPrincipal(db, user.id) : null;
  if (!pending && now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await touchSession(db, session.id, now, sessionEndsAt(session.policy, { ...session, lastSeenAt: now }));
  }
  return {
    userId: user.id,
    collaborationId: user.collaborationId,
    displayName: user.displayName,
    roles: user.roles,
    organisationId: user.organisationId,
    locale: user.locale,
    sessionId: session.id,
    csrfToken: session.csrfToken,
    clock,
    ...(pending ? { signInStep: pending.step } : {}),
    ...(family ? { family } : {}),
  };
}
