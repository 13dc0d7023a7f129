import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { notFound } from '../../../platform/http/app-error';
import { requireMeeting } from '../governance-scope';
import { findDocument } from './documents.repository';

/** A file of a meeting, for whoever may see that meeting. */
export async function getDocument(db: Db, actor: Actor, id: string) {
  const document = await findDocument(db, actor.collaborationId, id);
  if (!document) throw notFound();
  await requireMeeting(db, actor, document.meetingId);
  return { fileName: document.fileName, contentType: document.contentType, content: document.content };
}
