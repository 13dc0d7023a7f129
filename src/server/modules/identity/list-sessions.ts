import type { SignedInSessionDto } from '../../../contracts/identity';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { listSessionsOf } from './second-factor.repository';

/** Where the signed-in person is signed in now (ADR 037), this session marked. */
export async function listSessions(db: Db, actor: Actor): Promise<SignedInSessionDto[]> {
  const rows = await listSessionsOf(db, actor.userId, actor.clock.now());
  return rows.map((row) => ({
    id: row.id,
    device: row.device ?? '?',
    network: row.network ?? '?',
    signedInAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    isCurrent: row.id === actor.sessionId,
  }));
}
