// A mailed sign-in code (ADR 051): six digits, short-lived, only its hash kept.
import { createHash, randomInt } from 'node:crypto';

/** Long enough to open a mail on another device, short enough that a leaked mail soon means nothing. */
export const EMAIL_CODE_MINUTES = 10;
/** Wrong tries on one code before it is dead and a new one must be asked for. */
export const EMAIL_CODE_ATTEMPTS = 5;
/** A new code at most once a minute: a mailbox is not flooded, and guessing gets no fresh codes fast. */
export const EMAIL_CODE_RESEND_SECONDS = 60;

/** Six digits, every one equally likely (a crypto random integer, not Math.random). */
export function newEmailCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/**
 * Salted with the code's own row id: two people given the same six digits keep different hashes.
 * A million codes can be tried offline against a leaked row, which is why a code lives ten minutes
 * and is used once (ADR 051); no slow hash would change that for six digits.
 */
export function emailCodeHash(codeId: string, code: string): string {
  return createHash('sha256').update(`${codeId}:${code}`).digest('hex');
}

/** "j***@example.be": enough for a person to recognise their mailbox, not enough to learn an address. */
export function maskedAddress(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}
