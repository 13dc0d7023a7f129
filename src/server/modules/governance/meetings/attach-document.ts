import {
  type AttachmentUpload,
  MAX_ATTACHMENT_BYTES,
  type MeetingDto,
} from '../../../../contracts/governance/meetings';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { AppError, notFound, unprocessable } from '../../../platform/http/app-error';
import { requireMeeting } from '../governance-scope';
import { insertDocument } from './documents.repository';
import { meetingDetail } from './meeting-view';
import { findItem } from './meetings.repository';

/** A file kept with an agenda item (a proposal, a presentation), stored in PostgreSQL. */
export async function attachDocument(
  db: Db,
  actor: Actor,
  meetingId: string,
  itemId: string,
  input: AttachmentUpload,
): Promise<MeetingDto> {
  const content = Buffer.from(input.dataBase64, 'base64');
  if (
    content.length === 0 ||
    content.toString('base64').replace(/=+$/, '') !== input.dataBase64.replace(/=+$/, '')
  )
    throw unprocessable('GOVERNANCE_ATTACHMENT_UNREADABLE', 'dataBase64');
  if (content.length > MAX_ATTACHMENT_BYTES) throw new AppError(413, 'PAYLOAD_TOO_LARGE');
  return db.transaction(async (tx) => {
    const { meeting } = await requireMeeting(tx, actor, meetingId);
    const item = await findItem(tx, actor.collaborationId, meeting.id, itemId);
    if (!item) throw notFound();
    await insertDocument(tx, {
      collaborationId: actor.collaborationId,
      meetingId: meeting.id,
      agendaItemId: item.id,
      // The name travels in a Content-Disposition header later: no path, no line breaks.
      fileName: input.fileName.replace(/[\\/\r\n"]/g, '_'),
      contentType: input.contentType || 'application/octet-stream',
      sizeBytes: content.length,
      content,
      uploadedBy: actor.displayName,
    });
    return meetingDetail(tx, actor, meeting.id);
  });
}
