import type { FamilyFileDto, NetworkMemberBody } from '../../../contracts/families';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { notFound, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { findNetworkMember, insertNetworkMember, updateNetworkMember } from './families.repository';
import { inFamilyFile } from './family-file-access';
import { familyFileView } from './family-file-view';

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

/** Changes an entry of the map; a service that stops gets an end date rather than disappearing (R21). */
export async function editNetworkMember(
  db: Db,
  actor: Actor,
  familyId: string,
  networkMemberId: string,
  input: NetworkMemberBody,
): Promise<FamilyFileDto> {
  const fields = values(input);
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    const row = await findNetworkMember(tx, family.id, networkMemberId);
    if (!row) throw notFound();
    await updateNetworkMember(tx, row.id, fields);
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'family',
      entityId: family.id,
      familyId: family.id,
      details: { part: 'network', networkMemberId: row.id },
    });
    return familyFileView(tx, actor, family);
  });
}
