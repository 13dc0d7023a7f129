// Passwords people choose (ADR 018): long enough, and not one of the passwords attackers try
// first. The list is the ranked common-password dictionary of zxcvbn-ts (≈49,000 entries from
// leaked password sets), shipped with the npm package: nothing is downloaded at run time.
import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

// A few that an office in Flanders would try and an English list does not hold.
const LOCAL_COMMON = ['wachtwoord123', 'wachtwoord1234', 'welkom123456', 'motdepasse123', 'azertyuiop123'];

let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  common ??= new Set([...dictionary['passwords-common'], ...LOCAL_COMMON]);
  return common;
}

export type PasswordProblem = 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_LONG' | 'PASSWORD_TOO_COMMON';

/** Why a new password is refused, or null when it is good enough. */
export function passwordProblem(password: string): PasswordProblem | null {
  const length = [...password].length; // characters, not UTF-16 units
  if (length < PASSWORD_MIN_LENGTH) return 'PASSWORD_TOO_SHORT';
  if (length > PASSWORD_MAX_LENGTH) return 'PASSWORD_TOO_LONG';
  if (commonPasswords().has(password.toLowerCase())) return 'PASSWORD_TOO_COMMON';
  return null;
}
