import type { AccountDto } from '../../../contracts/accounts';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { checkRolesAndOrganisation } from './account-rules';
import { findUserById } from './identity.repository';
import type { InvitationOptions } from './issue-invitation';
import { getAccount } from './list-accounts';
import { sendInvitation } from './send-invitation';

/**
 * Issue 12: a new link for someone whose link expired or got lost, or who was deactivated and
 * comes back: older links stop working, and the account is active again once the password is set.
 */
export async function reinvitePerson(
  db: Db,
  actor: Actor,
  userId: string,
  options: InvitationOptions,
): Promise<AccountDto> {
  return db.transaction(async (tx) => {
    const user = await findUserById(tx, userId);
    if (!user || user.collaborationId !== actor.collaborationId) throw notFound();
    await checkRolesAndOrganisation(tx, actor, user, user);
    await sendInvitation(tx, actor, user, options);
    await recordAudit(tx, actor, {
      action: 'invite',
      entityType: 'account',
      entityId: user.id,
      details: { again: true, wasActive: user.isActive },
    });
    return getAccount(tx, actor, user.id);
  });
}
