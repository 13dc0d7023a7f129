import type { OrganisationDto, OrganisationInput } from '../../../contracts/network';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { recordAudit } from '../audit';
import { insertOrganisation } from './network.repository';
import { organisationValues, toOrganisationDto } from './organisation-view';

/** Issue 12: a coordinator or administrator adds a partner, so its people can join the team. */
export async function addOrganisation(
  db: Db,
  actor: Actor,
  input: OrganisationInput,
): Promise<OrganisationDto> {
  return db.transaction(async (tx) => {
    const row = await insertOrganisation(tx, {
      collaborationId: actor.collaborationId,
      ...organisationValues(input),
      role: 'partner',
    });
    // The audit names which fields were set, never the contact person's details.
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'organisation',
      entityId: row.id,
      details: { kind: row.kind },
    });
    return toOrganisationDto(row);
  });
}
