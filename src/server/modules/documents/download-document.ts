import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { inFamilyFile } from '../families';
import { findDocumentOf, readDocumentContent } from './documents.repository';
import { MEDIA_TYPES } from './file-kind';

export type DocumentFile = { fileName: string; contentType: string; content: Buffer };

/** A worker opens a document of a family they may open; the download is audited like a read. */
export async function downloadDocument(
  db: Db,
  actor: Actor,
  familyId: string,
  documentId: string,
): Promise<DocumentFile> {
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    const row = await findDocumentOf(tx, family.id, documentId);
    const content = row ? await readDocumentContent(tx, row.id) : null;
    if (!row || !content) throw notFound();
    await recordAudit(tx, actor, {
      action: 'download',
      entityType: 'document',
      entityId: row.id,
      familyId: family.id,
    });
    return { fileName: row.fileName, contentType: MEDIA_TYPES[row.kind], content };
  });
}
