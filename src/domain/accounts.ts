// People's accounts (issue 12, ADR 034): invitations that are used once and expire, and who may
// hand out which roles.
import { isPlatformRole, type Role } from './roles';
import type { WorkerFunction } from './secondment';

/** An invitation link works this long; long enough for a holiday week, short enough to go stale. */
export const INVITATION_VALID_DAYS = 7;

export function invitationExpiresAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000);
}

export type InvitationFacts = { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date };
export type InvitationState = 'open' | 'used' | 'revoked' | 'expired';

/** Used beats revoked beats expired: the answer tells the person what really happened first. */
export function invitationState(invitation: InvitationFacts, now: Date): InvitationState {
  if (invitation.usedAt) return 'used';
  if (invitation.revokedAt) return 'revoked';
  // The deadline itself is already too late: "7 days" means up to, not including, that instant.
  return now.getTime() >= invitation.expiresAt.getTime() ? 'expired' : 'open';
}

/**
 * Only an administrator makes another administrator: otherwise a coordinator could give
 * themselves, through a colleague's account, the keys to the installation's set-up.
 */
export function canGrantRoles(actorRoles: readonly Role[], roles: readonly Role[]): boolean {
  // Issue 15 (ADR 054): a role above collaborations is never handed out from inside one.
  if (roles.some(isPlatformRole)) return false;
  return actorRoles.includes('administrator') || !roles.includes('administrator');
}

export type AccountStatus = 'invited' | 'active' | 'deactivated';

/** What the team list shows: deactivated first, then whether the person ever set a password. */
export function accountStatus(user: { isActive: boolean; hasPassword: boolean }): AccountStatus {
  if (!user.isActive) return 'deactivated';
  return user.hasPassword ? 'active' : 'invited';
}

/**
 * The role a worker's account gets when the team page invites them with the worker (issue 12):
 * the role of their function in the team. Psychologists and family coaches work with families
 * like a liaison worker, and reach a family only through an assignment or a match (ADR 010).
 */
export const ROLE_OF_WORKER_FUNCTION: Record<WorkerFunction, Role> = {
  liaisonWorker: 'liaisonWorker',
  primaryCarePsychologist: 'liaisonWorker',
  coach: 'coach',
  coordinator: 'coordinator',
  staffOfficer: 'staffOfficer',
  volunteerFamilyCoach: 'liaisonWorker',
  familyCoach: 'liaisonWorker',
};
