import type { EditOrganisationInput, OrganisationDto } from '../../../contracts/network';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { findOrganisation, updateOrganisation } from './network.repository';
import { organisationValues, toOrganisationDto } from './organisation-view';

/**
 * Changes a partner from the version the person started from (ADR 020): a partner saved
 * meanwhile is not overwritten; 409 RECORD_CHANGED answers it as it is now.
 */
export async function editOrganisation(
  db: Db,
  actor: Actor,
  id: string,
  input: EditOrganisationInput,
): Promise<OrganisationDto> {
  const { baseVersion, ...fields } = input;
  return db.transaction(async (tx) => {
    const before = await findOrganisation(tx, actor.collaborationId, id);
    if (!before) throw notFound();
    const values = organisationValues(fields);
    const saved = await updateOrganisation(tx, actor.collaborationId, id, baseVersion, values);
    if (!saved) throw organisationChanged(before);
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'organisation',
      entityId: id,
      details: {
        changed: Object.keys(values).filter(
          (k) => before[k as keyof typeof values] !== values[k as keyof typeof values],
        ),
      },
    });
    return toOrganisationDto(saved);
  });
}

export function organisationChanged(current: Parameters<typeof toOrganisationDto>[0]) {
  return new AppError(409, 'RECORD_CHANGED', {
    details: {
      record: 'organisation',
      id: current.id,
      currentVersion: current.version,
      current: toOrganisationDto(current),
    },
  });
}
