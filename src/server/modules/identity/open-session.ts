import type { SignInStep } from '../../../contracts/identity';
import type { Executor } from '../../platform/db/database';
import { describeDevice, networkOf } from './device';
import { deleteExpiredSessions, findSessionPolicy, insertSession, type UserRow } from './identity.repository';
import { insertPendingSignIn, insertSessionDevice } from './second-factor.repository';
import { sessionEndsAt } from './session-policy';
import { newToken, sessionIdOf } from './session-token';

/** Who signs in from where: the user agent and the socket's (or trusted proxy's) address. */
export type SignInClient = { userAgent: string | undefined; ip: string };

/** Long enough to open the app and type a code, or to enrol; then the password is asked again. */
export const PENDING_SIGN_IN_MINUTES = 15;

export type OpenedSession = { token: string; csrfToken: string; maxAgeSeconds: number };

/**
 * A new session with the device it was opened on (ADR 037). With a `step` it is half signed in
 * (ADR 036): a short life, and nothing but that step until a new, full session replaces it.
 */
export async function openSession(
  db: Executor,
  user: UserRow,
  now: Date,
  client: SignInClient,
  step: SignInStep | null,
): Promise<OpenedSession> {
  await deleteExpiredSessions(db, now);
  const policy = await findSessionPolicy(db, user.collaborationId);
  const token = newToken();
  const csrfToken = newToken();
  const id = sessionIdOf(token);
  const pendingUntil = new Date(now.getTime() + PENDING_SIGN_IN_MINUTES * 60 * 1000);
  await insertSession(db, {
    id,
    userId: user.id,
    collaborationId: user.collaborationId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: step ? pendingUntil : sessionEndsAt(policy, { createdAt: now, lastSeenAt: now }),
  });
  await insertSessionDevice(db, {
    sessionId: id,
    device: describeDevice(client.userAgent),
    network: networkOf(client.ip),
  });
  if (step) await insertPendingSignIn(db, { sessionId: id, step, expiresAt: pendingUntil });
  const maxAgeSeconds = step ? PENDING_SIGN_IN_MINUTES * 60 : policy.maxHours * 60 * 60;
  return { token, csrfToken, maxAgeSeconds };
}
