import type { AccountDto, InviteBody } from '../../../contracts/accounts';
import type { Actor } from '../../platform/auth/actor';
import type { Db, Executor } from '../../platform/db/database';
import { unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { checkRolesAndOrganisation } from './account-rules';
import { insertInvitedUser } from './invitations.repository';
import type { InvitationOptions } from './issue-invitation';
import { getAccount } from './list-accounts';
import { sendInvitation } from './send-invitation';

/**
 * Issue 12: an account for a person, who sets their own password from the e-mailed link. Until
 * then the account has no password and cannot sign in. Takes the caller's transaction, so the
 * team's "add worker" invites the person and links the worker in one go.
 */
export async function invitePersonIn(
  tx: Executor,
  actor: Actor,
  input: InviteBody,
  options: InvitationOptions,
): Promise<AccountDto> {
  await checkRolesAndOrganisation(tx, actor, input);
  const user = await insertInvitedUser(tx, {
    collaborationId: actor.collaborationId,
    email: input.email,
    displayName: input.displayName,
    roles: input.roles,
    organisationId: input.organisationId ?? null,
    locale: input.locale,
  });
  // Addresses are unique over the installation: one person, one account, one password.
  if (!user) throw unprocessable('EMAIL_TAKEN', 'email');
  await sendInvitation(tx, actor, user, options);
  await recordAudit(tx, actor, {
    action: 'invite',
    entityType: 'account',
    entityId: user.id,
    details: { roles: user.roles, organisationId: user.organisationId },
  });
  return getAccount(tx, actor, user.id);
}

export async function invitePerson(db: Db, actor: Actor, input: InviteBody, options: InvitationOptions) {
  return db.transaction((tx) => invitePersonIn(tx, actor, input, options));
}
