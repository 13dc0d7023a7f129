import type { FastifyReply } from 'fastify';
import type { DocumentFile } from './download-document';

/**
 * Always a download, never shown inline (ADR 052): the browser saves it and does not guess its
 * type (nosniff); a name with é or ë travels in filename* (RFC 6266).
 */
export function sendDocument(reply: FastifyReply, file: DocumentFile) {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return reply
    .type(file.contentType)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.content);
}
