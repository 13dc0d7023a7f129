import { randomUUID } from 'node:crypto';
import type { EmailCodeSentDto } from '../../../contracts/identity';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError, unprocessable } from '../../platform/http/app-error';
import { recordAccountEvent } from '../audit';
import { queueMail } from '../messages';
import {
  EMAIL_CODE_MINUTES,
  EMAIL_CODE_RESEND_SECONDS,
  emailCodeHash,
  maskedAddress,
  newEmailCode,
} from './email-code';
import {
  type EmailCodePurpose,
  hasEmailSecondFactor,
  lastEmailCodeAt,
  replaceEmailCode,
} from './email-code.repository';
import { findUserById } from './identity.repository';
import { findSecondFactorRule } from './second-factor.repository';
import { mayUseEmailCode } from './second-factor-policy';

/**
 * Mails a six-digit code (ADR 051) through the outbox, in the person's language. At sign-in
 * (the step `secondFactor`) only to a person who chose the e-mail code; otherwise the code proves
 * the mailbox for enrolment. At most one code a minute; a new one replaces the old.
 */
export async function sendEmailCode(db: Db, actor: Actor): Promise<EmailCodeSentDto> {
  const now = actor.clock.now();
  const user = await findUserById(db, actor.userId);
  if (!user?.isActive) throw new AppError(401, 'UNAUTHENTICATED');
  if (!user.email) throw unprocessable('EMAIL_CODE_NO_ADDRESS');
  const address = user.email;
  const rule = await findSecondFactorRule(db, user.collaborationId);
  if (!mayUseEmailCode(rule, user.roles)) throw new AppError(403, 'EMAIL_CODE_NOT_ALLOWED');
  const purpose: EmailCodePurpose = actor.signInStep === 'secondFactor' ? 'signIn' : 'enrolment';
  // A person who must give a code cannot make the mailbox their factor instead (as for the app).
  if (purpose === 'signIn' && !(await hasEmailSecondFactor(db, user.id)))
    throw new AppError(403, 'EMAIL_CODE_NOT_ALLOWED');

  const last = await lastEmailCodeAt(db, user.id, purpose);
  const waitSeconds = last
    ? Math.ceil(EMAIL_CODE_RESEND_SECONDS - (now.getTime() - last.getTime()) / 1000)
    : 0;
  if (waitSeconds > 0) throw new AppError(429, 'EMAIL_CODE_TOO_SOON', { params: { count: waitSeconds } });

  const id = randomUUID();
  const code = newEmailCode();
  await db.transaction(async (tx) => {
    await replaceEmailCode(tx, {
      id,
      userId: user.id,
      purpose,
      codeHash: emailCodeHash(id, code),
      createdAt: now,
      expiresAt: new Date(now.getTime() + EMAIL_CODE_MINUTES * 60_000),
    });
    await queueMail(tx, {
      collaborationId: user.collaborationId,
      to: address,
      locale: user.locale,
      template: 'email-code',
      params: { code, minutes: String(EMAIL_CODE_MINUTES) },
    });
    await recordAccountEvent(tx, {
      action: 'email-code-sent',
      collaborationId: user.collaborationId,
      entityType: 'account',
      entityId: user.id,
      actor: { userId: user.id, displayName: user.displayName },
      details: { purpose },
    });
  });
  return {
    sentTo: maskedAddress(address),
    validMinutes: EMAIL_CODE_MINUTES,
    resendAfterSeconds: EMAIL_CODE_RESEND_SECONDS,
  };
}
