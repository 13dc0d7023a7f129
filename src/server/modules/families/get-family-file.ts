import type { FamilyFileDto } from '../../../contracts/families';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { recordAudit } from '../audit';
import { withFamilyFileParts } from './family-file-access';
import { familyFileViewOf } from './family-file-view';

/**
 * Opens the family file: members, network map, who works with the family. The file and its parts
 * come in one query, the audit row in the same transaction (ADR 005, 041).
 */
export async function getFamilyFile(db: Db, actor: Actor, familyId: string): Promise<FamilyFileDto> {
  return withFamilyFileParts(db, actor, familyId, async (tx, family, parts) => {
    await recordAudit(tx, actor, {
      action: 'read',
      entityType: 'family',
      entityId: family.id,
      familyId: family.id,
    });
    return familyFileViewOf(actor, family, parts);
  });
}
