import type { FamilyDocumentDto } from '../../../contracts/documents';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError, notFound, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { inFamilyFile } from '../families';
import { toFamilyDocumentDto, visibleItemOf } from './document-view';
import { findDocumentOf, updateDocument } from './documents.repository';

/**
 * A document is shown to the family only once a worker shares it (who and when are kept), and
 * can be unshared. A document R28 keeps from the family cannot be shared: the worker is told,
 * rather than seeing "shared" on something the family will never see.
 */
export async function shareDocument(
  db: Db,
  actor: Actor,
  familyId: string,
  documentId: string,
  input: { baseVersion: number; share: boolean },
): Promise<FamilyDocumentDto> {
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    const row = await findDocumentOf(tx, family.id, documentId);
    if (!row) throw notFound();
    if (input.share && visibleItemOf(row).hiddenReason !== null) throw unprocessable('DOCUMENT_NEVER_SHOWN');
    const updated = await updateDocument(
      tx,
      row.id,
      input.baseVersion,
      input.share
        ? { sharedAt: actor.clock.now(), sharedBy: actor.userId, sharedByName: actor.displayName }
        : { sharedAt: null, sharedBy: null, sharedByName: null },
    );
    if (!updated) throw new AppError(409, 'DOCUMENT_CHANGED', { details: toFamilyDocumentDto(row) });
    await recordAudit(tx, actor, {
      action: input.share ? 'share' : 'unshare',
      entityType: 'document',
      entityId: row.id,
      familyId: family.id,
      details: { with: 'family' },
    });
    return toFamilyDocumentDto(updated);
  });
}
