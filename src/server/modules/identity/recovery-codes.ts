// Recovery codes (ADR 036): ten per enrolment, shown once, stored as SHA-256 (each has 50 random
// bits, so a fast hash suffices and a leaked table reveals none), and each used once.
import { createHash, randomInt } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;
// No 0/O and 1/I/L: people type these from paper.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** `XXXXX-XXXXX`: easy to read aloud and to type. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Case, spaces and the dash do not matter when typed back. */
export function recoveryCodeHash(code: string): string {
  const normalised = code.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return createHash('sha256').update(normalised).digest('hex');
}
