import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { findUserById, signInIdOf } from './identity.repository';
import { listPasskeysOf, saveChallenge } from './passkeys.repository';
import { CHALLENGE_MINUTES, type RelyingParty, registrationOptions } from './webauthn';

/**
 * The first half of adding a passkey (ADR 040): options for the browser, with a challenge kept
 * for this session, for five minutes and one answer. Passkeys the person has are excluded, so
 * one authenticator is not registered twice.
 */
export async function startPasskeyRegistration(db: Db, actor: Actor, rp: RelyingParty) {
  const user = await findUserById(db, actor.userId);
  if (!user) throw new AppError(401, 'UNAUTHENTICATED');
  const options = await registrationOptions(
    rp,
    { ...user, email: signInIdOf(user) },
    await listPasskeysOf(db, user.id),
  );
  await saveChallenge(db, {
    sessionId: actor.sessionId,
    purpose: 'registration',
    challenge: options.challenge,
    expiresAt: new Date(actor.clock.now().getTime() + CHALLENGE_MINUTES * 60_000),
  });
  // Handed to the browser as they are.
  return { ...options };
}
