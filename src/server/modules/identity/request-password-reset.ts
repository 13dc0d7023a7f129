import type { Db } from '../../platform/db/database';
import { recordAccountEvent } from '../audit';
import { queueMail } from '../messages';
import { findUserByEmail } from './identity.repository';
import { emailHash } from './log-in';
import { insertPasswordReset } from './password-reset.repository';
import { newToken, sessionIdOf } from './session-token';

/** "Within an hour", the issue says; half of it is plenty to open a mail and choose a password. */
export const PASSWORD_RESET_MINUTES = 30;

/**
 * "Forgot password" (ADR 037): a one-use link by e-mail to an active account. The caller answers
 * the same before this runs, whether or not the address has an account, so neither the answer
 * nor its time tells a guesser anything. The audit trail knows which it was.
 */
export async function requestPasswordReset(
  db: Db,
  email: string,
  now: Date,
  resetPageUrl: string,
): Promise<void> {
  const user = await findUserByEmail(db, email);
  // A family member without an address asks their worker for a new code instead (ADR 044).
  if (!user?.isActive || !user.email) {
    await recordAccountEvent(db, {
      action: 'password-reset-requested',
      collaborationId: user?.collaborationId ?? null,
      entityType: 'account',
      entityId: user?.id ?? 'unknown',
      details: user ? { sent: false, reason: 'inactive' } : { sent: false, emailHash: emailHash(email) },
    });
    return;
  }
  const address = user.email;
  const token = newToken();
  await db.transaction(async (tx) => {
    await insertPasswordReset(tx, {
      id: sessionIdOf(token),
      userId: user.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + PASSWORD_RESET_MINUTES * 60 * 1000),
    });
    await queueMail(tx, {
      collaborationId: user.collaborationId,
      to: address,
      locale: user.locale,
      template: 'password-reset',
      params: { link: `${resetPageUrl}?token=${token}`, minutes: String(PASSWORD_RESET_MINUTES) },
    });
    await recordAccountEvent(tx, {
      action: 'password-reset-requested',
      collaborationId: user.collaborationId,
      entityType: 'account',
      entityId: user.id,
      details: { sent: true },
    });
  });
}
