import type { UserDto } from '../../../contracts/identity';
import { permissionsOf } from '../../../domain/roles';
import type { Executor } from '../../platform/db/database';
import { findCollaboration, findOrganisation } from '../network';
import { signInIdOf, type UserRow } from './identity.repository';

export async function toUserDto(db: Executor, row: UserRow): Promise<UserDto> {
  const roles = row.roles;
  const collaboration = await findCollaboration(db, row.collaborationId);
  const organisation = row.organisationId
    ? await findOrganisation(db, row.collaborationId, row.organisationId)
    : null;
  return {
    id: row.id,
    email: signInIdOf(row),
    displayName: row.displayName,
    roles,
    permissions: [...permissionsOf(roles)],
    locale: row.locale,
    collaboration: { id: row.collaborationId, name: collaboration?.name ?? '' },
    organisation: organisation
      ? { id: organisation.id, name: organisation.name, kind: organisation.kind }
      : null,
  };
}
