import type { FamilyDocumentDto, OurDocumentDto } from '../../../contracts/documents';
import { documentNeverShownReason, type FamilyVisibleItem } from '../../../domain/family-visibility';
import type { DocumentRow } from './documents.repository';

export function toFamilyDocumentDto(row: DocumentRow): FamilyDocumentDto {
  return {
    id: row.id,
    title: row.title,
    fileName: row.fileName,
    kind: row.kind,
    sizeBytes: row.sizeBytes,
    trajectoryId: row.trajectoryId,
    planVersion: row.planVersion,
    aboutMemberId: row.aboutMemberId,
    forCourt: row.forCourt,
    withheldReason: row.withheldReason,
    uploadedAt: row.uploadedAt.toISOString(),
    uploadedBy: row.uploadedByName,
    sharedAt: row.sharedAt?.toISOString() ?? null,
    sharedBy: row.sharedByName,
    version: row.version,
  };
}

export function toOurDocumentDto(row: DocumentRow & { sharedAt: Date }): OurDocumentDto {
  return {
    id: row.id,
    title: row.title,
    fileName: row.fileName,
    kind: row.kind,
    sizeBytes: row.sizeBytes,
    sharedAt: row.sharedAt.toISOString(),
    sharedBy: row.sharedByName ?? '',
  };
}

/** R28, R27: the document as family-visibility.ts sees it (the one place that decides). */
export function visibleItemOf(row: DocumentRow): FamilyVisibleItem {
  return {
    hiddenReason: documentNeverShownReason(row),
    aboutMemberId: row.aboutMemberId,
  };
}
