import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import type { UserRow } from './identity.repository';
import type { InvitationOptions } from './invite-person';
import { invitationLink, issueInvitation } from './issue-invitation';

/** A new invitation link for the person, e-mailed in their language in the same transaction. */
export async function sendInvitation(tx: Executor, actor: Actor, user: UserRow, options: InvitationOptions) {
  const { token, expiresAt } = await issueInvitation(tx, actor, user.id);
  const link = invitationLink(options.publicUrl, token);
  // MAIL: queued through the messages module once it is merged.
  return { link, expiresAt };
}
