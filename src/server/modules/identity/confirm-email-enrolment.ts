import type { EnrolledDto } from '../../../contracts/identity';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError, unprocessable } from '../../platform/http/app-error';
import { recordAccountEvent } from '../audit';
import { EMAIL_CODE_ATTEMPTS, emailCodeHash } from './email-code';
import {
  confirmEmailSecondFactor,
  countWrongEmailCode,
  findLiveEmailCode,
  spendEmailCode,
} from './email-code.repository';
import { finishSignIn } from './finish-sign-in';
import { findUserById } from './identity.repository';
import type { OpenedSession, SignInClient } from './open-session';
import { toUserDto } from './user-view';

/**
 * The mailed code proves the mailbox is the person's (ADR 051): sign-in asks for a mailed code
 * from now on. No recovery codes: a person who loses the mailbox asks for a reset (ADR 040), as
 * they would to change the address. A person who enrolled because the rule requires it is now
 * signed in, on a new session.
 */
export async function confirmEmailEnrolment(
  db: Db,
  actor: Actor,
  code: string,
  client: SignInClient,
): Promise<EnrolledDto & { opened: OpenedSession | null }> {
  if (actor.signInStep === 'secondFactor') throw new AppError(401, 'SIGN_IN_INCOMPLETE');
  const now = actor.clock.now();
  const user = await findUserById(db, actor.userId);
  if (!user) throw new AppError(401, 'UNAUTHENTICATED');
  const live = await findLiveEmailCode(db, user.id, 'enrolment', now, EMAIL_CODE_ATTEMPTS);
  if (!live) throw unprocessable('EMAIL_CODE_NOT_SENT', 'code');
  if (!(await spendEmailCode(db, live.id, emailCodeHash(live.id, code), now, EMAIL_CODE_ATTEMPTS))) {
    await countWrongEmailCode(db, live.id);
    throw unprocessable('SECOND_FACTOR_INVALID', 'code');
  }
  const opened = await db.transaction(async (tx) => {
    await confirmEmailSecondFactor(tx, user.id, now);
    await recordAccountEvent(tx, {
      action: 'second-factor-enrolled',
      collaborationId: user.collaborationId,
      entityType: 'account',
      entityId: user.id,
      actor: { userId: user.id, displayName: user.displayName },
      details: { method: 'emailCode' },
    });
    return actor.signInStep === 'enrolment' ? finishSignIn(tx, actor, user, now, client, 'enrolment') : null;
  });
  const session = opened ? { user: await toUserDto(db, user), csrfToken: opened.csrfToken } : null;
  return { recoveryCodes: [], session, opened };
}
