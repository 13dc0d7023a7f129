import type { FamilyAccountDto } from '../../../contracts/portal';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { listFamilyAccounts } from './family-account-view';
import { findFamilyAccountOfMember } from './family-accounts.repository';
import { deleteSessionsOf, revokeOpenInvitations, setUserActive } from './invitations.repository';

/**
 * Issue 13 point 1: the worker closes a family member's account from the file. Its sessions end at
 * once and open invitations stop working; the account stays (the trail names it) and a new
 * invitation brings it back.
 */
export async function deactivateFamilyAccount(
  tx: Executor,
  actor: Actor,
  familyId: string,
  memberId: string,
): Promise<FamilyAccountDto> {
  const link = await findFamilyAccountOfMember(tx, memberId);
  if (!link || link.familyId !== familyId) throw notFound();
  const userId = link.userId;
  const [account] = await listFamilyAccounts(tx, actor.collaborationId, familyId, userId);
  if (!account) throw notFound();
  await setUserActive(tx, userId, false);
  await revokeOpenInvitations(tx, userId, actor.clock.now());
  const sessionsEnded = await deleteSessionsOf(tx, userId);
  await recordAudit(tx, actor, {
    action: 'deactivate',
    entityType: 'account',
    entityId: userId,
    familyId,
    details: { familyAccount: true, sessionsEnded },
  });
  return { ...account, status: 'deactivated', invitationExpiresAt: null };
}
