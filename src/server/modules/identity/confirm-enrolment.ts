import type { EnrolledDto } from '../../../contracts/identity';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError, unprocessable } from '../../platform/http/app-error';
import { recordAccountEvent } from '../audit';
import { finishSignIn } from './finish-sign-in';
import { findUserById } from './identity.repository';
import type { OpenedSession, SignInClient } from './open-session';
import { newRecoveryCodes, RECOVERY_CODE_COUNT, recoveryCodeHash } from './recovery-codes';
import { confirmPendingSecret, findSecondFactor, replaceRecoveryCodes } from './second-factor.repository';
import { totpStepOf } from './totp';
import { toUserDto } from './user-view';

/**
 * A first code proves the app holds the secret (ADR 036): the authenticator counts from now on,
 * ten new recovery codes are answered once, and a person who enrolled because the collaboration
 * requires it is now signed in (on a new session).
 */
export async function confirmEnrolment(
  db: Db,
  actor: Actor,
  code: string,
  client: SignInClient,
): Promise<EnrolledDto & { opened: OpenedSession | null }> {
  if (actor.signInStep === 'secondFactor') throw new AppError(401, 'SIGN_IN_INCOMPLETE');
  const now = actor.clock.now();
  const user = await findUserById(db, actor.userId);
  if (!user) throw new AppError(401, 'UNAUTHENTICATED');
  const factor = await findSecondFactor(db, user.id);
  if (!factor?.pendingSecret) throw unprocessable('SECOND_FACTOR_ENROLMENT_NOT_STARTED');
  const step = totpStepOf(factor.pendingSecret, code, now);
  if (step === null) throw unprocessable('SECOND_FACTOR_INVALID', 'code');

  const recoveryCodes = newRecoveryCodes();
  const opened = await db.transaction(async (tx) => {
    await confirmPendingSecret(tx, user.id, step, now);
    await replaceRecoveryCodes(tx, user.id, recoveryCodes.map(recoveryCodeHash));
    await recordAccountEvent(tx, {
      action: 'second-factor-enrolled',
      collaborationId: user.collaborationId,
      entityType: 'account',
      entityId: user.id,
      actor: { userId: user.id, displayName: user.displayName },
      details: { method: 'totp', recoveryCodes: RECOVERY_CODE_COUNT },
    });
    return actor.signInStep === 'enrolment' ? finishSignIn(tx, actor, user, now, client, 'enrolment') : null;
  });
  const session = opened ? { user: await toUserDto(db, user), csrfToken: opened.csrfToken } : null;
  return { recoveryCodes, session, opened };
}
