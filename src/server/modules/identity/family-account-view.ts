import type { FamilyAccountDto } from '../../../contracts/portal';
import { accountStatus } from '../../../domain/accounts';
import type { Executor } from '../../platform/db/database';
import { listFamilyAccountRows } from './family-accounts.repository';
import { signInIdOf } from './identity.repository';

/** A family's accounts as its file shows them to the worker (issue 13). */
export async function listFamilyAccounts(
  db: Executor,
  collaborationId: string,
  familyId: string,
  userId?: string,
): Promise<FamilyAccountDto[]> {
  const rows = await listFamilyAccountRows(db, collaborationId, familyId, userId);
  return rows.map(({ account, user, invitationExpiresAt }) => ({
    userId: user.id,
    memberId: account.memberId,
    displayName: user.displayName,
    signInWith: signInIdOf(user),
    status: accountStatus({ isActive: user.isActive, hasPassword: user.passwordHash !== null }),
    invitationExpiresAt:
      invitationExpiresAt && user.isActive ? new Date(invitationExpiresAt).toISOString() : null,
  }));
}
