import type { Executor } from '../../platform/db/database';
import { listActiveUsers } from './identity.repository';

/** A colleague as other modules may show them: no e-mail, roles or password hash. */
export type Person = { userId: string; displayName: string; organisationId: string | null };

/**
 * The active accounts of a collaboration, to link a person to a role elsewhere (a member of a
 * steering group, say); with `ids`, only those of them that exist in this collaboration.
 */
export async function listPeople(db: Executor, collaborationId: string, ids?: string[]): Promise<Person[]> {
  if (ids && ids.length === 0) return [];
  return listActiveUsers(db, collaborationId, ids);
}
