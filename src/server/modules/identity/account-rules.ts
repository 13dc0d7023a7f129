import { canGrantRoles } from '../../../domain/accounts';
import type { Role } from '../../../domain/roles';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { unprocessable } from '../../platform/http/app-error';
import { findOrganisation } from '../network';

/**
 * The checks of every account change (issue 12): only an administrator hands out or takes away
 * the administrator role; the organisation is an active partner of this collaboration; a partner
 * referrer belongs to one, because what they see is their organisation's referrals.
 */
export async function checkRolesAndOrganisation(
  tx: Executor,
  actor: Actor,
  input: { roles: Role[]; organisationId?: string | null },
  current?: { roles: Role[]; organisationId: string | null },
) {
  if (!canGrantRoles(actor.roles, input.roles) || (current && !canGrantRoles(actor.roles, current.roles)))
    throw unprocessable('ROLE_NOT_GRANTABLE', 'roles');
  const organisationId = input.organisationId ?? null;
  if (input.roles.includes('partnerReferrer') && !organisationId)
    throw unprocessable('ORGANISATION_REQUIRED', 'organisationId');
  if (!organisationId || organisationId === current?.organisationId) return;
  const organisation = await findOrganisation(tx, actor.collaborationId, organisationId);
  if (!organisation) throw unprocessable('ORGANISATION_UNKNOWN', 'organisationId');
  if (!organisation.isActive) throw unprocessable('ORGANISATION_INACTIVE', 'organisationId');
}
