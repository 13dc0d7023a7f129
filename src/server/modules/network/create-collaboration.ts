import type { OrganisationKind } from '../../../contracts/network';
import type { Executor } from '../../platform/db/database';
import { insertCollaboration, insertOrganisation, replaceServedZones } from './network.repository';

export async function createCollaboration(
  db: Executor,
  input: { id?: string; name: string; slug: string; zones?: string[] },
) {
  const collaboration = await insertCollaboration(db, { id: input.id, name: input.name, slug: input.slug });
  if (input.zones?.length) await replaceServedZones(db, collaboration.id, input.zones);
  return collaboration;
}

export async function createOrganisation(
  db: Executor,
  input: { collaborationId: string; kind: OrganisationKind; name: string; role?: string | null },
) {
  return insertOrganisation(db, { ...input, role: input.role ?? null });
}
