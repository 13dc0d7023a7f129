import type { FamilyDocumentDto, MarkDocumentBody } from '../../../contracts/documents';
import { documentNeverShownReason } from '../../../domain/family-visibility';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { inFamilyFile } from '../families';
import { toFamilyDocumentDto } from './document-view';
import { findDocumentOf, updateDocument } from './documents.repository';

/**
 * R28: "for the court" and "withheld by the worker" (the reason is the mark: an empty reason
 * withholds nothing). A marked document is unshared in the same save: what the family was shown
 * should not stay within reach by an oversight.
 */
export async function markDocument(
  db: Db,
  actor: Actor,
  familyId: string,
  documentId: string,
  input: MarkDocumentBody,
): Promise<FamilyDocumentDto> {
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    const row = await findDocumentOf(tx, family.id, documentId);
    if (!row) throw notFound();
    const withheldReason = input.withheldReason || null;
    // R28: a document the family may never see stops being shared with it in the same save.
    const isMarked = documentNeverShownReason({ forCourt: input.forCourt, withheldReason }) !== null;
    const updated = await updateDocument(tx, row.id, input.baseVersion, {
      forCourt: input.forCourt,
      withheldReason,
      ...(isMarked ? { sharedAt: null, sharedBy: null, sharedByName: null } : {}),
    });
    if (!updated) throw new AppError(409, 'DOCUMENT_CHANGED', { details: toFamilyDocumentDto(row) });
    await recordAudit(tx, actor, {
      action: 'mark',
      entityType: 'document',
      entityId: row.id,
      familyId: family.id,
      details: {
        forCourt: input.forCourt,
        withheld: withheldReason !== null,
        unshared: isMarked && row.sharedAt !== null,
      },
    });
    return toFamilyDocumentDto(updated);
  });
}
