import type { Role } from '../../../domain/roles';
import type { Executor } from '../../platform/db/database';
import { findUsersByIds, listUsersWithAnyRole, type UserRow } from './identity.repository';

/** A person as other modules show them: no e-mail, no password, just who and in what role. */
export type Person = {
  id: string;
  displayName: string;
  roles: Role[];
  isActive: boolean;
  organisationId: string | null;
};

const toPerson = (row: UserRow): Person => ({
  id: row.id,
  displayName: row.displayName,
  roles: row.roles,
  isActive: row.isActive,
  organisationId: row.organisationId,
});

export async function findPeople(db: Executor, collaborationId: string, ids: string[]): Promise<Person[]> {
  return (await findUsersByIds(db, collaborationId, [...new Set(ids)])).map(toPerson);
}

/** The active people of a collaboration with one of the roles, by name. */
export async function listPeopleWithRoles(
  db: Executor,
  collaborationId: string,
  roles: Role[],
): Promise<Person[]> {
  return (await listUsersWithAnyRole(db, collaborationId, roles)).map(toPerson);
}
