import type { FamilyDocumentDto } from '../../../contracts/documents';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { recordAudit } from '../audit';
import { inFamilyFile } from '../families';
import { toFamilyDocumentDto } from './document-view';
import { listDocumentsOf } from './documents.repository';

/** The documents card of the family file: every document, its marks and whether it is shared. */
export async function listFamilyDocuments(
  db: Db,
  actor: Actor,
  familyId: string,
): Promise<FamilyDocumentDto[]> {
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    await recordAudit(tx, actor, {
      action: 'list',
      entityType: 'document',
      entityId: family.id,
      familyId: family.id,
    });
    return (await listDocumentsOf(tx, family.id)).map(toFamilyDocumentDto);
  });
}
