import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { SecondFactorBody, SessionResponse } from '../../../contracts/identity';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { recordAccountEvent } from '../audit';
import { EMAIL_CODE_ATTEMPTS, emailCodeHash } from './email-code';
import {
  countWrongEmailCode,
  findLiveEmailCode,
  hasEmailSecondFactor,
  spendEmailCode,
} from './email-code.repository';
import { finishSignIn } from './finish-sign-in';
import {
  claimSignInAttempt,
  findUserById,
  releaseExpiredLock,
  resetSignInFailures,
  type UserRow,
} from './identity.repository';
import { LOCKOUT_AFTER_FAILURES, lockedUntilFrom } from './lockout';
import type { SignInClient } from './open-session';
import { advancePasskeyCounter, findPasskeyOf, takeChallenge } from './passkeys.repository';
import { recoveryCodeHash } from './recovery-codes';
import {
  claimTotpStep,
  countRecoveryCodesLeft,
  findSecondFactor,
  findSecondFactorRule,
  spendRecoveryCode,
} from './second-factor.repository';
import { mayUseEmailCode } from './second-factor-policy';
import { totpStepOf } from './totp';
import { toUserDto } from './user-view';
import { type RelyingParty, verifiedAssertion } from './webauthn';

export type VerifiedSignIn = SessionResponse & { token: string; maxAgeSeconds: number };

/**
 * The second step of signing in (ADR 036, 040, 051): a code of the authenticator app, one
 * recovery code, a passkey, or a mailed code.
 * Each try counts against the account's lockout like a password (ADR 018), and a code is never
 * accepted twice.
 */
export async function verifySecondFactor(
  db: Db,
  actor: Actor,
  input: SecondFactorBody,
  client: SignInClient,
  rp: RelyingParty,
): Promise<VerifiedSignIn> {
  if (actor.signInStep !== 'secondFactor') throw new AppError(409, 'SECOND_FACTOR_NOT_DUE');
  const now = actor.clock.now();
  const user = await findUserById(db, actor.userId);
  if (!user?.isActive) throw new AppError(401, 'UNAUTHENTICATED');

  await releaseExpiredLock(db, user.id, now);
  const attempt = await claimSignInAttempt(db, user.id, LOCKOUT_AFTER_FAILURES, lockedUntilFrom(now));
  if (!attempt) return refuse(db, user, 'locked');

  const how = methodOf(input);
  const isRight =
    'code' in input
      ? await isRightCode(db, user.id, input.code, now)
      : 'recoveryCode' in input
        ? await spendRecoveryCode(db, user.id, recoveryCodeHash(input.recoveryCode), now)
        : 'emailCode' in input
          ? await isRightEmailCode(db, user, input.emailCode, now)
          : await isRightPasskey(db, actor, user.id, input.passkey, rp, now);
  if (!isRight) return refuse(db, user, WRONG[how], attempt.failedSignIns);

  await resetSignInFailures(db, user.id);
  const opened = await db.transaction(async (tx) => {
    if (how === 'recoveryCode') {
      await recordAccountEvent(tx, {
        action: 'recovery-code-used',
        collaborationId: user.collaborationId,
        entityType: 'account',
        entityId: user.id,
        actor: { userId: user.id, displayName: user.displayName },
        details: { left: await countRecoveryCodesLeft(tx, user.id) },
      });
    }
    return finishSignIn(tx, actor, user, now, client, how);
  });
  return { user: await toUserDto(db, user), ...opened };
}

const WRONG = {
  totp: 'wrongCode',
  recoveryCode: 'wrongRecoveryCode',
  passkey: 'wrongPasskey',
  emailCode: 'wrongEmailCode',
} as const;

function methodOf(input: SecondFactorBody): keyof typeof WRONG {
  if ('code' in input) return 'totp';
  if ('recoveryCode' in input) return 'recoveryCode';
  if ('emailCode' in input) return 'emailCode';
  return 'passkey';
}

/**
 * The person's live mailed code (ADR 051), spent atomically: two requests with it at once sign in
 * once. A wrong try counts on the code too: after EMAIL_CODE_ATTEMPTS it is dead, a new one is due.
 * A staff member's mailed code stops counting the day the rule requires a stronger factor of them.
 */
async function isRightEmailCode(db: Db, user: UserRow, code: string, now: Date): Promise<boolean> {
  if (!(await hasEmailSecondFactor(db, user.id))) return false;
  if (!mayUseEmailCode(await findSecondFactorRule(db, user.collaborationId), user.roles)) return false;
  const live = await findLiveEmailCode(db, user.id, 'signIn', now, EMAIL_CODE_ATTEMPTS);
  if (!live) return false;
  if (await spendEmailCode(db, live.id, emailCodeHash(live.id, code), now, EMAIL_CODE_ATTEMPTS)) return true;
  await countWrongEmailCode(db, live.id);
  return false;
}

/**
 * One of the person's passkeys answered this half session's challenge (spent either way), and
 * its counter went forward (ADR 040): a cloned authenticator or a replayed answer is refused.
 */
async function isRightPasskey(
  db: Db,
  actor: Actor,
  userId: string,
  response: AuthenticationResponseJSON,
  rp: RelyingParty,
  now: Date,
): Promise<boolean> {
  const challenge = await takeChallenge(db, actor.sessionId, 'authentication', now);
  if (!challenge) return false;
  const key = await findPasskeyOf(db, userId, response.id);
  if (!key) return false;
  const counter = await verifiedAssertion(rp, response, challenge, key);
  return counter !== null && (await advancePasskeyCounter(db, key.id, counter, now));
}

/** Right for this moment, and its time step not used before (a replayed code is refused). */
async function isRightCode(db: Db, userId: string, code: string, now: Date): Promise<boolean> {
  const factor = await findSecondFactor(db, userId);
  if (!factor?.secret) return false;
  const step = totpStepOf(factor.secret, code, now);
  return step !== null && (await claimTotpStep(db, userId, step));
}

// Wrong, replayed, used up or locked: one answer, as for passwords (ADR 018); the trail knows.
async function refuse(db: Db, user: UserRow, reason: string, failedSignIns?: number): Promise<never> {
  await recordAccountEvent(db, {
    action: 'second-factor-failed',
    collaborationId: user.collaborationId,
    entityType: 'account',
    entityId: user.id,
    actor: { userId: user.id, displayName: user.displayName },
    details: { reason, ...(failedSignIns !== undefined ? { failedSignIns } : {}) },
  });
  throw new AppError(401, 'SECOND_FACTOR_INVALID');
}
