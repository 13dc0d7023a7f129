import type { OrganisationDto } from '../../../contracts/network';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { organisationChanged } from './edit-organisation';
import { findOrganisation, updateOrganisation } from './network.repository';
import { toOrganisationDto } from './organisation-view';

/**
 * Issue 12: a partner that stops is deactivated, never deleted — its workers, referrals and
 * minutes keep naming it. It is no longer offered for new workers or accounts; it can come back.
 */
export async function setOrganisationActive(
  db: Db,
  actor: Actor,
  id: string,
  isActive: boolean,
  baseVersion: number,
): Promise<OrganisationDto> {
  return db.transaction(async (tx) => {
    const before = await findOrganisation(tx, actor.collaborationId, id);
    if (!before) throw notFound();
    const saved = await updateOrganisation(tx, actor.collaborationId, id, baseVersion, { isActive });
    if (!saved) throw organisationChanged(before);
    await recordAudit(tx, actor, {
      action: isActive ? 'reactivate' : 'deactivate',
      entityType: 'organisation',
      entityId: id,
    });
    return toOrganisationDto(saved);
  });
}
