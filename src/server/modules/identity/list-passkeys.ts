import type { PasskeyDto } from '../../../contracts/passkeys';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { toPasskeyDto } from './passkey-view';
import { listPasskeysOf } from './passkeys.repository';

/** The signed-in person's own passkeys (ADR 040). */
export async function listPasskeys(db: Db, actor: Actor): Promise<PasskeyDto[]> {
  return (await listPasskeysOf(db, actor.userId)).map(toPasskeyDto);
}
