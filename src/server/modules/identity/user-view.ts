import type { Locale } from '../../../contracts/common';
import type { UserDto } from '../../../contracts/identity';
import { permissionsOf, type Role } from '../../../domain/roles';
import type { findUserById } from './identity.repository';

type UserRow = NonNullable<Awaited<ReturnType<typeof findUserById>>>;

export function toUserDto(row: UserRow): UserDto {
  const roles = row.roles as Role[];
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    roles,
    permissions: [...permissionsOf(roles)],
    locale: row.locale as Locale,
    collaboration: { id: row.collaborationId, name: row.collaborationName },
    organisation:
      row.organisationId && row.organisationName && row.organisationKind
        ? { id: row.organisationId, name: row.organisationName, kind: row.organisationKind }
        : null,
  };
}
