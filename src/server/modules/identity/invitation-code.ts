import { randomInt } from 'node:crypto';
import { sessionIdOf } from './session-token';

// A one-time code handed over at a home visit (issue 13, ADR 044): eight characters of an
// alphabet without look-alikes (no 0/O, 1/I/L), 40 bits, typed as XXXX-XXXX. Kept only as its
// SHA-256, one use, three days, and the invitation routes are rate-limited.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;
export const INVITATION_CODE_VALID_HOURS = 72;

export function newInvitationCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

const CODE_AS_TYPED = /^[A-Za-z0-9]{4}[\s-]?[A-Za-z0-9]{4}$/;

/**
 * The stored hash of what a person brings: a code as typed (any case, with or without the dash),
 * or an e-mailed link's token (43 characters, never code-shaped).
 */
export function invitationTokenHash(token: string): string {
  const typed = token.trim();
  if (CODE_AS_TYPED.test(typed)) return sessionIdOf(typed.replace(/[\s-]/g, '').toUpperCase());
  return sessionIdOf(token);
}

/** A sign-in name from the member's given name: lower case letters and four digits, no '@'. */
export function newSignInName(givenName: string | null): string {
  const base =
    (givenName ?? 'gezin')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .slice(0, 16) || 'gezin';
  return `${base}${String(randomInt(1000, 10000))}`;
}
