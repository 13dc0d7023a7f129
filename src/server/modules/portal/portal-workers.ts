import type { PortalOverviewDto } from '../../../contracts/portal';
import { isAssignmentActive } from '../../../domain/family-access';
import type { Executor } from '../../platform/db/database';
import { findPeople } from '../identity';
import { listOrganisations } from '../network';
import type { OwnFamily } from './own-family';

/** The workers with the family now, each with the organisation they work for. */
export async function workersOf(tx: Executor, family: OwnFamily): Promise<PortalOverviewDto['workers']> {
  const active = family.assignments.filter((a) => isAssignmentActive(a, family.today)).map((a) => a.userId);
  const people = await findPeople(tx, family.collaborationId, active);
  const organisations = new Map(
    (await listOrganisations(tx, family.collaborationId)).map((o) => [o.id, o.name]),
  );
  return people
    .filter((p) => p.isActive)
    .map((p) => ({
      displayName: p.displayName,
      organisation: p.organisationId ? (organisations.get(p.organisationId) ?? null) : null,
    }));
}
