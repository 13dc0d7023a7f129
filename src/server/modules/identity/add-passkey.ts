import type { AddPasskeyBody, PasskeyDto } from '../../../contracts/passkeys';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { unprocessable } from '../../platform/http/app-error';
import { recordAccountEvent } from '../audit';
import { toPasskeyDto } from './passkey-view';
import { insertPasskey, takeChallenge } from './passkeys.repository';
import { type RelyingParty, verifiedRegistration } from './webauthn';

/**
 * The second half of adding a passkey (ADR 040): the authenticator's answer to this session's
 * challenge, which is spent whatever the outcome. From now on sign-in asks for a second factor.
 */
export async function addPasskey(
  db: Db,
  actor: Actor,
  rp: RelyingParty,
  input: AddPasskeyBody,
): Promise<PasskeyDto> {
  const now = actor.clock.now();
  const challenge = await takeChallenge(db, actor.sessionId, 'registration', now);
  if (!challenge) throw unprocessable('PASSKEY_CHALLENGE_EXPIRED', 'response');
  const credential = await verifiedRegistration(rp, input.response, challenge);
  if (!credential) throw unprocessable('PASSKEY_INVALID', 'response');
  return db.transaction(async (tx) => {
    const row = await insertPasskey(tx, {
      userId: actor.userId,
      name: input.name,
      createdAt: now,
      ...credential,
    });
    // The same authenticator registered before (by anyone): its credential id is taken.
    if (!row) throw unprocessable('PASSKEY_INVALID', 'response');
    await recordAccountEvent(tx, {
      action: 'passkey-added',
      collaborationId: actor.collaborationId,
      entityType: 'account',
      entityId: actor.userId,
      actor: { userId: actor.userId, displayName: actor.displayName },
      details: { passkeyId: row.id },
    });
    return toPasskeyDto(row);
  });
}
