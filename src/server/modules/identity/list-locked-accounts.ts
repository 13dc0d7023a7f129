import type { LockedAccountDto } from '../../../contracts/identity';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { listLockedUsers } from './identity.repository';

/** The collaboration's accounts locked right now, for the coordinator's unlock button. */
export async function listLockedAccounts(db: Db, actor: Actor): Promise<LockedAccountDto[]> {
  const rows = await listLockedUsers(db, actor.collaborationId, actor.clock.now());
  return rows.map((r) => ({
    id: r.id,
    displayName: r.displayName,
    lockedUntil: (r.lockedUntil as Date).toISOString(),
  }));
}
