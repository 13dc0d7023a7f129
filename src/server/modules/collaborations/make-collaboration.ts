import type { CollaborationDto, CreateCollaborationBody } from '../../../contracts/collaborations';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { inCollaboration } from '../../platform/db/tenant-context';
import { unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { createOrganisation, findCollaborationBySlug, getServedZones } from '../network';
import { toCollaborationDto } from './collaboration-view';
import { provisionCollaboration } from './provision-collaboration';

/** The slug a collaboration's name makes: lower case, letters and digits, one dash between words. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'collaboration';
}

/**
 * Issue 15: the platform administrator makes a collaboration with the zones it serves (each zone
 * belongs to at most one, 409 ZONE_TAKEN) and its lead partner. It starts with the preset lines and
 * reasons, like the first one; its coordinator then sets its own targets, retention and sign-in.
 */
export async function makeCollaboration(
  db: Db,
  actor: Actor,
  input: CreateCollaborationBody,
): Promise<CollaborationDto> {
  return db.transaction(async (tx) => {
    const slug = slugOf(input.name);
    if (await findCollaborationBySlug(tx, slug)) throw unprocessable('COLLABORATION_NAME_TAKEN', 'name');
    const collaboration = await provisionCollaboration(tx, {
      name: input.name,
      slug,
      zones: input.zones,
      year: Number(actor.clock.today().slice(0, 4)),
    });
    await inCollaboration(collaboration.id, async () => {
      const lead = await createOrganisation(tx, {
        collaborationId: collaboration.id,
        kind: input.leadPartner.kind,
        name: input.leadPartner.name,
        role: 'leadPartner',
      });
      // The new collaboration's own trail says who made it, as its first entry.
      await recordAudit(tx, { ...actor, collaborationId: collaboration.id }, [
        {
          action: 'create',
          entityType: 'collaboration',
          entityId: collaboration.id,
          details: { zones: input.zones },
        },
        { action: 'create', entityType: 'organisation', entityId: lead.id, details: { role: 'leadPartner' } },
      ]);
    });
    const zones = await getServedZones(tx, collaboration.id);
    return toCollaborationDto(tx, { ...collaboration, zones });
  });
}
