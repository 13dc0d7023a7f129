import type { InvitationDto } from '../../../contracts/accounts';
import type { Db } from '../../platform/db/database';
import { findCollaboration } from '../network';
import { signInIdOf } from './identity.repository';
import { checkInvitation, refuseInvitation } from './invitation-door';
import { findInvitation } from './invitations.repository';
import { sessionIdOf } from './session-token';

/** Issue 12: whom an invitation link is for, shown before the person chooses a password. */
export async function getInvitation(db: Db, token: string, now: Date): Promise<InvitationDto> {
  const check = await checkInvitation(db, await findInvitation(db, sessionIdOf(token)), now);
  if ('refused' in check) return refuseInvitation(db, check);
  const collaboration = await findCollaboration(db, check.user.collaborationId);
  return {
    email: signInIdOf(check.user),
    displayName: check.user.displayName,
    collaborationName: collaboration?.name ?? '',
    expiresAt: check.invitation.expiresAt.toISOString(),
  };
}
