import { z } from 'zod';
import { ROLES } from '../domain/roles';
import { baseVersion, LOCALES, requiredText, token } from './common';

// People and their accounts (issue 12): invited by e-mail, roles changed, deactivated, re-invited.

const roles = z.array(z.enum(ROLES)).min(1).max(ROLES.length);

export const inviteBody = z.object({
  email: z.email().max(254),
  displayName: requiredText(200),
  roles,
  /** The partner organisation the person works for; none for the collaboration's own staff. */
  organisationId: z.uuid().nullable().optional(),
  /** The language of the invitation e-mail and of the app for this person. */
  locale: z.enum(LOCALES).default('nl'),
});
export type InviteBody = z.infer<typeof inviteBody>;

/** A change of roles names the account's version it started from (ADR 020, 040): 409 RECORD_CHANGED otherwise. */
export const rolesBody = z.object({ roles, organisationId: z.uuid().nullable().optional(), baseVersion });
export type RolesBody = z.infer<typeof rolesBody>;

export const ACCOUNT_STATUSES = ['invited', 'active', 'deactivated'] as const;

export const accountDto = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  organisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  locale: z.enum(LOCALES),
  status: z.enum(ACCOUNT_STATUSES),
  /** When the newest invitation stops working; null when none is open. */
  invitationExpiresAt: z.string().nullable(),
  /** Raised by every change of roles: what a change of roles names as its `baseVersion`. */
  version: z.number().int(),
});
export type AccountDto = z.infer<typeof accountDto>;

/** Why an administrator or coordinator resets a person's second factor (ADR 040); kept in the audit trail. */
export const resetSecondFactorBody = z.object({ reason: requiredText(500) });
export type ResetSecondFactorBody = z.infer<typeof resetSecondFactorBody>;

/** The token of an invitation link; sent in a body, never in a URL that logs would keep. */
export const invitationTokenBody = z.object({ token: token(100).min(1) });
export const acceptInvitationBody = invitationTokenBody.extend({ password: z.string().min(1).max(200) });
export type AcceptInvitationBody = z.infer<typeof acceptInvitationBody>;

/** What the invited person sees before choosing a password: who they will be, and where. */
export const invitationDto = z.object({
  email: z.string(),
  displayName: z.string(),
  collaborationName: z.string(),
  expiresAt: z.string(),
});
export type InvitationDto = z.infer<typeof invitationDto>;
