import type { ResetPasswordBody } from '../../../contracts/identity';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { unprocessable } from '../../platform/http/app-error';
import { recordAccountEvent } from '../audit';
import { findUserById, resetSignInFailures } from './identity.repository';
import { hashPassword } from './password';
import { PASSWORD_MIN_LENGTH, passwordProblem } from './password-policy';
import { deletePasswordResetsOf, spendPasswordReset, updatePasswordHash } from './password-reset.repository';
import { deleteSessionsOf } from './second-factor.repository';
import { sessionIdOf } from './session-token';

/**
 * A new password through the e-mailed link (ADR 037): under the password policy (ADR 018), the
 * link used once, and every session of the account ended — whoever knew the old password is out.
 * The second factor stays: the next sign-in still asks for it.
 */
export async function resetPassword(db: Db, input: ResetPasswordBody, now: Date): Promise<void> {
  const problem = passwordProblem(input.password);
  if (problem) throw unprocessable(problem, 'password', { min: PASSWORD_MIN_LENGTH });
  const passwordHash = await hashPassword(input.password); // slow: before the transaction
  await db.transaction(async (tx) => {
    const userId = await spendPasswordReset(tx, sessionIdOf(input.token), now);
    if (!userId) throw unprocessable('PASSWORD_RESET_LINK_INVALID', 'token');
    const user = await findUserById(tx, userId);
    if (!user?.isActive) throw unprocessable('PASSWORD_RESET_LINK_INVALID', 'token');
    await updatePasswordHash(tx, userId, passwordHash);
    await deletePasswordResetsOf(tx, userId);
    const ended = await deleteSessionsOf(tx, userId, null);
    // A lockout was about the old password; the new one starts with a clean slate.
    await resetSignInFailures(tx, userId);
    await recordAccountEvent(tx, {
      action: 'password-reset-used',
      collaborationId: user.collaborationId,
      entityType: 'account',
      entityId: userId,
      actor: { userId, displayName: user.displayName } satisfies Pick<Actor, 'userId' | 'displayName'>,
      details: { sessionsEnded: ended },
    });
  });
}
