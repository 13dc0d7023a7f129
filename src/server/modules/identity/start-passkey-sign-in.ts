import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError, unprocessable } from '../../platform/http/app-error';
import { listPasskeysOf, saveChallenge } from './passkeys.repository';
import { authenticationOptions, CHALLENGE_MINUTES, type RelyingParty } from './webauthn';

/**
 * At the second-factor step (ADR 040): options asking for one of this person's passkeys, with
 * a challenge kept for this half session, five minutes and one answer.
 */
export async function startPasskeySignIn(db: Db, actor: Actor, rp: RelyingParty) {
  if (actor.signInStep !== 'secondFactor') throw new AppError(409, 'SECOND_FACTOR_NOT_DUE');
  const keys = await listPasskeysOf(db, actor.userId);
  if (keys.length === 0) throw unprocessable('PASSKEY_NONE');
  const options = await authenticationOptions(rp, keys);
  await saveChallenge(db, {
    sessionId: actor.sessionId,
    purpose: 'authentication',
    challenge: options.challenge,
    expiresAt: new Date(actor.clock.now().getTime() + CHALLENGE_MINUTES * 60_000),
  });
  // Handed to the browser as they are.
  return { ...options };
}
