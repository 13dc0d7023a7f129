import type { FastifyReply } from 'fastify';
import { errorResponse } from '../../../contracts/common';

export const tags = ['governance'];
export const errors = { 400: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse };
export const BASE = '/api/v1/governance';

/** A file download; the name may hold é or ë (RFC 6266 filename* for those). */
export function sendFile(
  reply: FastifyReply,
  file: { fileName: string; contentType: string; content: Buffer | string },
) {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return reply
    .type(file.contentType)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .header('cache-control', 'private, no-store')
    .send(file.content);
}
