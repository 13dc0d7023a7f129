import type { FamilyInvitationBody, FamilyInvitationDto } from '../../../contracts/portal';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { AppError, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { createFamilyAccount } from './create-family-account';
import { listFamilyAccounts } from './family-account-view';
import { findFamilyAccountOfMember } from './family-accounts.repository';
import { findUserById, findUserBySignIn } from './identity.repository';
import {
  INVITATION_CODE_VALID_HOURS,
  invitationTokenHash,
  newInvitationCode,
  newSignInName,
} from './invitation-code';
import { insertInvitation, revokeOpenInvitations, setUserActive } from './invitations.repository';
import type { InvitationOptions } from './issue-invitation';
import { sendInvitation } from './send-invitation';

export type FamilyMemberToInvite = {
  familyId: string;
  memberId: string;
  givenName: string | null;
  displayName: string;
};

/**
 * Issue 13 point 1 (ADR 044): a worker with the file invites a family member (the caller checked
 * the member and R27's age). By e-mail: the invitation link of ADR 034. By code: a sign-in name
 * and a one-time code, answered this once for the worker to hand over. A member invited before
 * gets a new invitation (the older one stops working), and a deactivated account comes back.
 */
export async function inviteFamilyMember(
  tx: Executor,
  actor: Actor,
  member: FamilyMemberToInvite,
  body: FamilyInvitationBody,
  options: InvitationOptions,
): Promise<FamilyInvitationDto> {
  const existing = await findFamilyAccountOfMember(tx, member.memberId);
  let userId: string;
  if (existing) {
    const user = await findUserById(tx, existing.userId);
    if (!user) throw new AppError(404, 'NOT_FOUND');
    if (user.isActive && user.passwordHash !== null) throw new AppError(409, 'FAMILY_ACCOUNT_EXISTS');
    if (body.method === 'email' && user.email !== body.email.toLowerCase())
      throw unprocessable('FAMILY_ACCOUNT_EXISTS', 'email');
    if (body.method === 'code' && user.signInName === null)
      throw unprocessable('FAMILY_ACCOUNT_EXISTS', 'method');
    await setUserActive(tx, user.id, true);
    userId = user.id;
  } else {
    if (body.method === 'email' && (await findUserBySignIn(tx, body.email)))
      throw unprocessable('EMAIL_TAKEN', 'email');
    const signInName = body.method === 'code' ? await freeSignInName(tx, member.givenName) : null;
    userId = (
      await createFamilyAccount(tx, {
        collaborationId: actor.collaborationId,
        familyId: member.familyId,
        memberId: member.memberId,
        displayName: member.displayName,
        email: body.method === 'email' ? body.email : null,
        signInName,
        locale: body.locale,
        createdBy: actor.userId,
      })
    ).id;
  }
  const user = await findUserById(tx, userId);
  if (!user) throw new AppError(404, 'NOT_FOUND');

  let code: string | null = null;
  let expiresAt: Date;
  if (body.method === 'email') {
    expiresAt = (await sendInvitation(tx, actor, user, options)).expiresAt;
  } else {
    const now = actor.clock.now();
    await revokeOpenInvitations(tx, user.id, now);
    code = newInvitationCode();
    expiresAt = new Date(now.getTime() + INVITATION_CODE_VALID_HOURS * 60 * 60 * 1000);
    await insertInvitation(tx, {
      collaborationId: actor.collaborationId,
      userId: user.id,
      tokenHash: invitationTokenHash(code),
      invitedBy: actor.userId,
      createdAt: now,
      expiresAt,
    });
  }
  await recordAudit(tx, actor, {
    action: 'invite',
    entityType: 'account',
    entityId: user.id,
    familyId: member.familyId,
    details: { familyAccount: true, method: body.method },
  });
  const [account] = await listFamilyAccounts(tx, actor.collaborationId, member.familyId, user.id);
  if (!account) throw new AppError(404, 'NOT_FOUND');
  return { account, code, expiresAt: expiresAt.toISOString() };
}

async function freeSignInName(tx: Executor, givenName: string | null): Promise<string> {
  for (;;) {
    const name = newSignInName(givenName);
    if (!(await findUserBySignIn(tx, name))) return name;
  }
}
