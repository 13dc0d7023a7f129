import {
  type FamilyDocumentDto,
  MAX_DOCUMENT_BYTES,
  type UploadDocumentBody,
} from '../../../contracts/documents';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { inFamilyFile, listMembersOf } from '../families';
import { listTrajectoriesOf } from '../trajectories';
import { toFamilyDocumentDto } from './document-view';
import { insertDocument } from './documents.repository';
import { documentKindOf } from './file-kind';

/**
 * A worker with access to the family keeps a file in it (ADR 052): at most 10 MB, a kind its first
 * bytes show (file-kind.ts), with R28 marks set from the start when it is for the court or withheld.
 * Not shared with the family until the worker shares it.
 */
export async function uploadDocument(
  db: Db,
  actor: Actor,
  familyId: string,
  input: UploadDocumentBody,
): Promise<FamilyDocumentDto> {
  const content = Buffer.from(input.contentBase64, 'base64');
  // Buffer.from skips what is not base64: a changed round trip means the upload was damaged.
  if (
    content.length === 0 ||
    content.toString('base64').replace(/=+$/, '') !== input.contentBase64.replace(/=+$/, '')
  )
    throw unprocessable('DOCUMENT_UNREADABLE', 'contentBase64');
  if (content.length > MAX_DOCUMENT_BYTES)
    throw unprocessable('DOCUMENT_TOO_LARGE', 'contentBase64', { max: MAX_DOCUMENT_BYTES / (1024 * 1024) });
  const kind = documentKindOf(content, input.fileName);
  if (!kind) throw unprocessable('DOCUMENT_TYPE_REFUSED', 'fileName');

  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    if (input.trajectoryId) {
      const trajectories = await listTrajectoriesOf(tx, [family.id]);
      if (!trajectories.some((t) => t.id === input.trajectoryId))
        throw unprocessable('DOCUMENT_TRAJECTORY_UNKNOWN', 'trajectoryId');
    }
    if (input.aboutMemberId) {
      const members = await listMembersOf(tx, [family.id]);
      if (!members.some((m) => m.id === input.aboutMemberId))
        throw unprocessable('DOCUMENT_MEMBER_UNKNOWN', 'aboutMemberId');
    }
    const row = await insertDocument(
      tx,
      {
        collaborationId: actor.collaborationId,
        familyId: family.id,
        title: input.title,
        // The name travels in a Content-Disposition header later: no path, no quote, no line break.
        fileName: input.fileName.replace(/[\\/\r\n"]/g, '_'),
        kind,
        sizeBytes: content.length,
        trajectoryId: input.trajectoryId ?? null,
        planVersion: input.planVersion ?? null,
        aboutMemberId: input.aboutMemberId ?? null,
        forCourt: input.forCourt ?? false,
        withheldReason: input.withheldReason || null,
        uploadedBy: actor.userId,
        uploadedByName: actor.displayName,
        uploadedAt: actor.clock.now(),
      },
      content,
    );
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'document',
      entityId: row.id,
      familyId: family.id,
      details: {
        kind,
        sizeBytes: content.length,
        forCourt: row.forCourt,
        withheld: row.withheldReason !== null,
      },
    });
    return toFamilyDocumentDto(row);
  });
}
