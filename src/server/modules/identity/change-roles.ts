import type { AccountDto, RolesBody } from '../../../contracts/accounts';
import type { Actor } from '../../platform/auth/actor';
import type { Db, Executor } from '../../platform/db/database';
import { AppError, notFound, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { checkRolesAndOrganisation } from './account-rules';
import { findUserById } from './identity.repository';
import { updateUserRoles } from './invitations.repository';
import { getAccount } from './list-accounts';

/**
 * Issue 12: a person's roles and organisation. The new roles count from the next request: a
 * session reads them from the account each time (resolve-session.ts). From the version the
 * change started from (ADR 020, 040): two coordinators changing one person's roles at once do
 * not silently undo each other; the second hears 409 RECORD_CHANGED with the account as it is.
 */
export async function changeRoles(
  db: Db,
  actor: Actor,
  userId: string,
  input: RolesBody,
): Promise<AccountDto> {
  return db.transaction(async (tx) => {
    const user = await findUserById(tx, userId);
    if (!user || user.collaborationId !== actor.collaborationId) throw notFound();
    // Nobody widens (or by mistake narrows) their own rights: a colleague does it, and it is audited.
    if (user.id === actor.userId) throw unprocessable('ACCOUNT_OWN_ROLES', 'roles');
    if (user.version !== input.baseVersion) throw await accountChanged(tx, actor, user.id);
    const organisationId = input.organisationId === undefined ? user.organisationId : input.organisationId;
    await checkRolesAndOrganisation(tx, actor, { roles: input.roles, organisationId }, user);
    const saved = await updateUserRoles(tx, user.id, input.baseVersion, {
      roles: input.roles,
      organisationId,
    });
    if (!saved) throw await accountChanged(tx, actor, user.id);
    await recordAudit(tx, actor, {
      action: 'changeRoles',
      entityType: 'account',
      entityId: user.id,
      details: {
        from: { roles: user.roles, organisationId: user.organisationId },
        to: { roles: input.roles, organisationId },
      },
    });
    return getAccount(tx, actor, user.id);
  });
}

async function accountChanged(tx: Executor, actor: Actor, id: string) {
  const current = await getAccount(tx, actor, id);
  return new AppError(409, 'RECORD_CHANGED', {
    details: { record: 'account', id, currentVersion: current.version, current },
  });
}
