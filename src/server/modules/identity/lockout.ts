// Account lockout (ADR 018): after 10 failed sign-ins in a row an account is locked for
// 15 minutes, from whatever address the guesses came. The per-address rate limit of the login
// route slows one guesser; this stops a guesser with many addresses.
export const LOCKOUT_AFTER_FAILURES = 10;
export const LOCKOUT_MINUTES = 15;

export function lockedUntilFrom(now: Date): Date {
  return new Date(now.getTime() + LOCKOUT_MINUTES * 60 * 1000);
}
