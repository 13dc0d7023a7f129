import { invitationExpiresAt } from '../../../domain/accounts';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { insertInvitation, revokeOpenInvitations } from './invitations.repository';
import { newToken, sessionIdOf } from './session-token';

/** Where invitation links point: the installation's public address (EENPLAN_PUBLIC_URL). */
export type InvitationOptions = { publicUrl: string };

export type IssuedInvitation = { token: string; expiresAt: Date };

/**
 * A new invitation link for an account (ADR 034): a random token of 256 bits, kept only as its
 * SHA-256 (the same hash as a session id), valid for 7 days; older open links stop working.
 */
export async function issueInvitation(tx: Executor, actor: Actor, userId: string): Promise<IssuedInvitation> {
  const now = actor.clock.now();
  await revokeOpenInvitations(tx, userId, now);
  const token = newToken();
  const expiresAt = invitationExpiresAt(now);
  await insertInvitation(tx, {
    collaborationId: actor.collaborationId,
    userId,
    tokenHash: sessionIdOf(token),
    invitedBy: actor.userId,
    createdAt: now,
    expiresAt,
  });
  return { token, expiresAt };
}

/** Where the link leads: the token after `#`, so it never reaches a server log or a Referer header. */
export function invitationLink(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/invitation#${token}`;
}
