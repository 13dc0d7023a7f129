import type { CollaborationDto, InstallationZoneDto } from '../../../contracts/collaborations';
import type { Executor } from '../../platform/db/database';
import { listCollaborationsWithZones, listZonesWithOwners } from '../network';
import { toCollaborationDto } from './collaboration-view';

/** The installation's collaborations (issue 15), for the platform administrator. */
export async function listCollaborations(db: Executor): Promise<CollaborationDto[]> {
  const rows = await listCollaborationsWithZones(db);
  return Promise.all(rows.map((c) => toCollaborationDto(db, c)));
}

/** Every zone and who serves it: the picker greys out a zone that is taken. */
export async function listInstallationZones(db: Executor): Promise<InstallationZoneDto[]> {
  return (await listZonesWithOwners(db)).map((z) => ({
    code: z.code,
    name: z.name,
    collaboration:
      z.collaborationId && z.collaborationName ? { id: z.collaborationId, name: z.collaborationName } : null,
  }));
}
