import { and, eq, type SQL, sql } from 'drizzle-orm';
import { referralScope } from '../../../domain/roles';
import type { Actor } from '../../platform/auth/actor';
import { referrals } from './intake.schema';

/**
 * The referrals an actor reaches, as a WHERE clause: always within their own collaboration
 * (another tenant's referral simply does not exist for them), and within it by relationship.
 */
export function referralsVisibleTo(actor: Actor): SQL {
  const tenant = eq(referrals.collaborationId, actor.collaborationId);
  switch (referralScope(actor.roles)) {
    case 'collaboration':
      return tenant;
    case 'registeredByMe':
      return and(tenant, eq(referrals.createdBy, actor.userId)) as SQL;
    case 'registeredByMyOrganisation':
      return and(
        tenant,
        actor.organisationId
          ? eq(referrals.registrantOrganisationId, actor.organisationId)
          : eq(referrals.createdBy, actor.userId),
      ) as SQL;
    default:
      return sql`false`;
  }
}
