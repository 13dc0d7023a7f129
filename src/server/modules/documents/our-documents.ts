// "Documents shared with us" (issue 13 point 2, ADR 052): the portal's list and download. The
// family sees a document only when a worker shared it and family-visibility.ts lets this member
// see it — never one R28 marks (for the court, withheld), and a young person's own document (R27)
// a parent reads only with the young person's consent.
import type { OurDocumentDto } from '../../../contracts/documents';
import { familyMaySee } from '../../../domain/family-visibility';
import type { Db, Tx } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { visibilityFactsOf } from '../consent';
import { type FamilyActor, inOwnFamily, type OwnFamily } from '../portal';
import { toOurDocumentDto, visibleItemOf } from './document-view';
import { type DocumentRow, listDocumentsOf, readDocumentContent } from './documents.repository';
import type { DocumentFile } from './download-document';
import { MEDIA_TYPES } from './file-kind';

type SharedRow = DocumentRow & { sharedAt: Date };

async function documentsWeMaySee(tx: Tx, family: OwnFamily): Promise<SharedRow[]> {
  const facts = await visibilityFactsOf(tx, family.id, family.today);
  return (await listDocumentsOf(tx, family.id)).filter(
    (row): row is SharedRow =>
      row.sharedAt !== null && familyMaySee(family.viewer, visibleItemOf(row), facts.ownPart),
  );
}

export async function listOurDocuments(db: Db, actor: FamilyActor): Promise<OurDocumentDto[]> {
  return inOwnFamily(db, actor, 'documents', async (tx, family) =>
    (await documentsWeMaySee(tx, family)).map(toOurDocumentDto),
  );
}

/** One of them; any other id — another family's, an unshared or a marked one — does not exist (404). */
export async function downloadOurDocument(
  db: Db,
  actor: FamilyActor,
  documentId: string,
): Promise<DocumentFile> {
  return inOwnFamily(db, actor, 'documents', async (tx, family) => {
    const row = (await documentsWeMaySee(tx, family)).find((d) => d.id === documentId);
    const content = row ? await readDocumentContent(tx, row.id) : null;
    if (!row || !content) throw notFound();
    await recordAudit(tx, actor, {
      action: 'download',
      entityType: 'document',
      entityId: row.id,
      familyId: family.id,
      details: { portal: true },
    });
    return { fileName: row.fileName, contentType: MEDIA_TYPES[row.kind], content };
  });
}
