import type { FamilyFileDto } from '../../../contracts/families';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { recordAudit } from '../audit';
import { inFamilyFile } from './family-file-access';
import { familyFileView } from './family-file-view';

/** Opens the family file: members, network map, who works with the family. */
export async function getFamilyFile(db: Db, actor: Actor, familyId: string): Promise<FamilyFileDto> {
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    await recordAudit(tx, actor, {
      action: 'read',
      entityType: 'family',
      entityId: family.id,
      familyId: family.id,
    });
    return familyFileView(tx, actor, family);
  });
}
