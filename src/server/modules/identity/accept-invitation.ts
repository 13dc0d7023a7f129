import type { AcceptInvitationBody } from '../../../contracts/accounts';
import type { Db } from '../../platform/db/database';
import { unprocessable } from '../../platform/http/app-error';
import { recordAccountEvent } from '../audit';
import { findUserById } from './identity.repository';
import { invitationTokenHash } from './invitation-code';
import { checkInvitation, refuseInvitation } from './invitation-door';
import {
  findInvitationForUpdate,
  markInvitationUsed,
  revokeOpenInvitations,
  setInvitedPassword,
} from './invitations.repository';
import type { SignInClient } from './open-session';
import { hashPassword } from './password';
import { PASSWORD_MIN_LENGTH, passwordProblem } from './password-policy';
import { type StartedSession, startSession } from './start-session';

/**
 * Issue 12 (ADR 034): the invited person chooses a password and is signed in. The invitation row
 * is locked while it is used, so a link clicked twice at once sets one password and the other
 * click is told the link was used. A password the policy refuses leaves the link usable. Where the
 * collaboration asks a second factor, the session is half signed in until it is linked (ADR 036).
 */
export async function acceptInvitation(
  db: Db,
  input: AcceptInvitationBody,
  now: Date,
  client: SignInClient,
): Promise<StartedSession> {
  const problem = passwordProblem(input.password);
  if (problem) throw unprocessable(problem, 'password', { min: PASSWORD_MIN_LENGTH });
  const passwordHash = await hashPassword(input.password);

  const outcome = await db.transaction(async (tx) => {
    const check = await checkInvitation(
      tx,
      await findInvitationForUpdate(tx, invitationTokenHash(input.token)),
      now,
    );
    if ('refused' in check) return check;
    const { invitation, user } = check;
    await setInvitedPassword(tx, user.id, passwordHash);
    await markInvitationUsed(tx, invitation.id, now);
    await revokeOpenInvitations(tx, user.id, now);
    await recordAccountEvent(tx, {
      action: 'invitation-accepted',
      collaborationId: user.collaborationId,
      entityType: 'account',
      entityId: user.id,
      actor: { userId: user.id, displayName: user.displayName },
      details: { invitedBy: invitation.invitedBy, wasActive: user.isActive },
    });
    const updated = await findUserById(tx, user.id);
    return { session: await startSession(tx, updated ?? user, now, client) };
  });
  if ('refused' in outcome) return refuseInvitation(db, outcome);
  return outcome.session;
}
