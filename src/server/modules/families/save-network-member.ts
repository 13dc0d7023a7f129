import type { EditNetworkMemberBody, FamilyFileDto, NetworkMemberBody } from '../../../contracts/families';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { notFound, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { findNetworkMember, insertNetworkMember, updateNetworkMember } from './families.repository';
import { inFamilyFile } from './family-file-access';
import { familyFileView, toNetworkMemberDto } from './family-file-view';
import { staleSave, unlessStale } from './stale-save';

function values(input: NetworkMemberBody) {
  if (input.since && input.until && input.until < input.since)
    throw unprocessable('UNTIL_BEFORE_SINCE', 'until');
  return {
    kind: input.kind,
    name: input.name,
    relation: input.relation || null,
    organisation: input.organisation || null,
    role: input.role || null,
    contact: input.contact || null,
    since: input.since ?? null,
    until: input.until ?? null,
    note: input.note || null,
  };
}

/** Adds a person or service to the family's network map. */
export async function addNetworkMember(
  db: Db,
  actor: Actor,
  familyId: string,
  input: NetworkMemberBody,
): Promise<FamilyFileDto> {
  const fields = values(input);
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    const row = await insertNetworkMember(tx, {
      collaborationId: actor.collaborationId,
      familyId: family.id,
      ...fields,
    });
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'family',
      entityId: family.id,
      familyId: family.id,
      details: { part: 'network', networkMemberId: row.id },
    });
    return familyFileView(tx, actor, family);
  });
}

/**
 * Changes an entry of the map; a service that stops gets an end date rather than disappearing (R21).
 * The change names the version it started from; an entry saved meanwhile is not overwritten (ADR 020).
 */
export async function editNetworkMember(
  db: Db,
  actor: Actor,
  familyId: string,
  networkMemberId: string,
  input: EditNetworkMemberBody,
): Promise<FamilyFileDto> {
  const fields = values(input);
  const outcome = await inFamilyFile(db, actor, familyId, async (tx, family) => {
    const row = await findNetworkMember(tx, family.id, networkMemberId);
    if (!row) throw notFound();
    const saved = await updateNetworkMember(tx, row.id, input.baseVersion, fields);
    if (!saved) {
      const current = await findNetworkMember(tx, family.id, row.id);
      if (!current) throw notFound();
      return staleSave(
        tx,
        actor,
        { entityType: 'family', entityId: family.id, familyId: family.id },
        {
          record: 'networkMember',
          id: current.id,
          baseVersion: input.baseVersion,
          currentVersion: current.version,
          current: toNetworkMemberDto(current, actor.clock.today()),
        },
      );
    }
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'family',
      entityId: family.id,
      familyId: family.id,
      details: { part: 'network', networkMemberId: row.id, version: saved.version },
    });
    return familyFileView(tx, actor, family);
  });
  return unlessStale(outcome);
}
