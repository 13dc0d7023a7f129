import type { AccountDto } from '../../../contracts/accounts';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { notFound, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { checkRolesAndOrganisation } from './account-rules';
import { findUserById } from './identity.repository';
import { deleteSessionsOf, revokeOpenInvitations, setUserActive } from './invitations.repository';
import { getAccount } from './list-accounts';

/**
 * Issue 12: a person who leaves can no longer sign in, and every session they have ends at once
 * (deleted, not left to expire). The account stays: the audit trail, assignments and minutes
 * keep naming them. A re-invitation brings them back.
 */
export async function deactivatePerson(db: Db, actor: Actor, userId: string): Promise<AccountDto> {
  return db.transaction(async (tx) => {
    const user = await findUserById(tx, userId);
    if (!user || user.collaborationId !== actor.collaborationId) throw notFound();
    // The one who deactivates cannot lock themselves out; a colleague can.
    if (user.id === actor.userId) throw unprocessable('ACCOUNT_DEACTIVATE_SELF');
    await checkRolesAndOrganisation(tx, actor, user, user);
    await setUserActive(tx, user.id, false);
    await revokeOpenInvitations(tx, user.id, actor.clock.now());
    const sessionsEnded = await deleteSessionsOf(tx, user.id);
    await recordAudit(tx, actor, {
      action: 'deactivate',
      entityType: 'account',
      entityId: user.id,
      details: { sessionsEnded },
    });
    return getAccount(tx, actor, user.id);
  });
}
