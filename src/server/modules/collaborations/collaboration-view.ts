import type { CollaborationDto } from '../../../contracts/collaborations';
import type { Executor } from '../../platform/db/database';
import { inCollaboration } from '../../platform/db/tenant-context';
import { listOrganisations } from '../network';

type CollaborationWithZones = {
  id: string;
  name: string;
  createdAt: Date;
  zones: { code: string; name: string }[];
};

/** A collaboration as the platform sees it: name, zones, lead partner. Nothing of its families. */
export async function toCollaborationDto(db: Executor, c: CollaborationWithZones): Promise<CollaborationDto> {
  // The lead partner is the collaboration's own row: read as that collaboration (ADR 054).
  const organisations = await inCollaboration(c.id, () => listOrganisations(db, c.id));
  const lead = organisations.find((o) => o.role === 'leadPartner');
  return {
    id: c.id,
    name: c.name,
    zones: c.zones,
    leadPartner: lead ? { id: lead.id, name: lead.name } : null,
    createdAt: c.createdAt.toISOString(),
  };
}
