import type { AccountDto } from '../../../contracts/accounts';
import { accountStatus } from '../../../domain/accounts';
import type { Executor } from '../../platform/db/database';
import { listOrganisations } from '../network';
import { signInIdOf, type UserRow } from './identity.repository';

type AccountRow = { user: UserRow; invitationExpiresAt: Date | string | null };

/** Accounts as the people page shows them; never the password hash or the lockout counter. */
export async function toAccountDtos(
  db: Executor,
  collaborationId: string,
  rows: AccountRow[],
): Promise<AccountDto[]> {
  const names = new Map((await listOrganisations(db, collaborationId)).map((o) => [o.id, o.name]));
  return rows.map(({ user, invitationExpiresAt }) => {
    const status = accountStatus({ isActive: user.isActive, hasPassword: user.passwordHash !== null });
    return {
      id: user.id,
      email: signInIdOf(user),
      displayName: user.displayName,
      roles: user.roles,
      organisation: user.organisationId
        ? { id: user.organisationId, name: names.get(user.organisationId) ?? '' }
        : null,
      locale: user.locale,
      status,
      invitationExpiresAt:
        invitationExpiresAt && user.isActive ? new Date(invitationExpiresAt).toISOString() : null,
    };
  });
}
