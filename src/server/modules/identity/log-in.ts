import { createHash } from 'node:crypto';
import type { LoginBody } from '../../../contracts/identity';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { recordAccountEvent } from '../audit';
import {
  claimSignInAttempt,
  findUserBySignIn,
  releaseExpiredLock,
  resetSignInFailures,
  type UserRow,
} from './identity.repository';
import { LOCKOUT_AFTER_FAILURES, lockedUntilFrom } from './lockout';
import type { SignInClient } from './open-session';
import { dummyPasswordHash, verifyPassword } from './password';
import { signInStepOf } from './sign-in-step';
import { type StartedSession, startSession } from './start-session';

export type LoginResult = StartedSession;

type Failure = 'unknownAccount' | 'wrongPassword' | 'locked' | 'inactive';

export async function logIn(db: Db, input: LoginBody, now: Date, client: SignInClient): Promise<LoginResult> {
  const user = await findUserBySignIn(db, input.email);
  if (!user) {
    await dummyPasswordCheck(input.password); // a wrong address costs as long as a wrong password
    return refuse(db, null, 'unknownAccount', { emailHash: emailHash(input.email) });
  }

  await releaseExpiredLock(db, user.id, now);
  const attempt = await claimSignInAttempt(db, user.id, LOCKOUT_AFTER_FAILURES, lockedUntilFrom(now));
  if (!attempt) {
    // Locked: the password is not even tried, yet it costs the same time and gets the same answer.
    await dummyPasswordCheck(input.password);
    return refuse(db, user, 'locked');
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    return refuse(db, user, 'wrongPassword', {
      failedSignIns: attempt.failedSignIns,
      ...(attempt.lockedUntil ? { lockedUntil: attempt.lockedUntil.toISOString() } : {}),
    });
  }
  // ADR 036: with a second factor the attempt stays counted until the code is right, so a
  // known password does not buy fresh guesses at the code.
  const step = await signInStepOf(db, user);
  if (step !== 'secondFactor') await resetSignInFailures(db, user.id);
  if (!user.isActive) return refuse(db, user, 'inactive');

  return db.transaction((tx) => startSession(tx, user, now, client, step));
}

// One answer for an unknown address, a wrong password, a locked and a disabled account: no
// hints to whoever guesses (ADR 018). The audit trail knows which it was.
async function refuse(
  db: Db,
  user: UserRow | null,
  reason: Failure,
  details: Record<string, unknown> = {},
): Promise<never> {
  await recordAccountEvent(db, {
    action: 'login-failed',
    collaborationId: user?.collaborationId ?? null,
    entityType: 'account',
    entityId: user?.id ?? 'unknown',
    details: { reason, ...details },
  });
  throw new AppError(401, 'INVALID_CREDENTIALS');
}

async function dummyPasswordCheck(password: string) {
  await verifyPassword(await dummyPasswordHash(), password);
}

/** An unknown address is kept only as a hash: enough to see one address tried again and again. */
export function emailHash(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}
