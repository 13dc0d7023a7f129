import { hash, verify } from '@node-rs/argon2';

// Argon2id is the library's default algorithm (OWASP's first choice for password storage).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/**
 * An invited account has no password yet (null): it is checked against the dummy hash, so it
 * answers as slowly as any other wrong password and never matches.
 */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    await verify(await dummyPasswordHash(), password).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified against when the e-mail is unknown, so a wrong address costs as long as a wrong password.
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-password');
  return dummyHash;
}
