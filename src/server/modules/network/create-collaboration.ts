import type { OrganisationKind } from '../../../contracts/network';
import type { Executor } from '../../platform/db/database';
import { insertCollaboration, insertOrganisation } from './network.repository';
import { checkZonesFree, claimZones } from './served-zones';

/** A new tenant with the zones it serves; a zone another collaboration serves is refused (issue 15). */
export async function createCollaboration(
  db: Executor,
  input: { id?: string; name: string; slug: string; zones?: string[] },
) {
  const zones = await checkZonesFree(db, null, input.zones ?? []);
  const collaboration = await insertCollaboration(db, { id: input.id, name: input.name, slug: input.slug });
  if (zones.length) await claimZones(db, collaboration.id, zones);
  return collaboration;
}

export async function createOrganisation(
  db: Executor,
  input: { collaborationId: string; kind: OrganisationKind; name: string; role?: string | null },
) {
  return insertOrganisation(db, { ...input, role: input.role ?? null });
}
