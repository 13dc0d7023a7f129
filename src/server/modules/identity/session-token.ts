import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'eenplan_session';
/** Sessions end after 8 hours without activity: a working day, not a week on a shared PC. */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
