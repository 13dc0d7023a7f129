import { type InvitationState, invitationState } from '../../../domain/accounts';
import type { Db, Executor } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { recordAccountEvent } from '../audit';
import { findUserById, type UserRow } from './identity.repository';
import type { InvitationRow } from './invitations.repository';

// What a link that no longer works answers (ADR 034): a clear code, never a 500.
const REFUSALS: Record<Exclude<InvitationState, 'open'> | 'unknown', AppError> = {
  unknown: new AppError(404, 'INVITATION_UNKNOWN'),
  used: new AppError(409, 'INVITATION_USED'),
  revoked: new AppError(409, 'INVITATION_REVOKED'),
  expired: new AppError(409, 'INVITATION_EXPIRED'),
};

export type OpenInvitation = { invitation: InvitationRow; user: UserRow };
export type InvitationCheck =
  | OpenInvitation
  | { refused: keyof typeof REFUSALS; invitation: InvitationRow | null };

/** The invitation and its person when the link still works; otherwise why not. */
export async function checkInvitation(
  tx: Executor,
  invitation: InvitationRow | null,
  now: Date,
): Promise<InvitationCheck> {
  if (!invitation) return { refused: 'unknown', invitation };
  const state = invitationState(invitation, now);
  if (state !== 'open') return { refused: state, invitation };
  const user = await findUserById(tx, invitation.userId);
  if (!user) return { refused: 'unknown', invitation };
  return { invitation, user };
}

/**
 * A refused link leaves an audit row (who it was for, and why), committed on its own before the
 * answer: someone trying old or guessed links shows in the trail. An unknown token names nobody.
 */
export async function refuseInvitation(
  db: Db,
  check: Extract<InvitationCheck, { refused: string }>,
): Promise<never> {
  await recordAccountEvent(db, {
    action: 'invitation-refused',
    collaborationId: check.invitation?.collaborationId ?? null,
    entityType: 'account',
    entityId: check.invitation?.userId ?? 'unknown',
    details: { reason: check.refused },
  });
  throw REFUSALS[check.refused];
}
