import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponse, idParams } from '../../../contracts/common';
import { outboxListResponse, outboxMailDetail } from '../../../contracts/messages';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import { getOutboxMail } from './get-outbox-mail';
import { listOutbox } from './list-outbox';

const tags = ['messages'];

export function messagesRoutes(deps: { db: Db }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/admin/outbox',
      {
        config: { access: 'mail:read' },
        schema: {
          operationId: 'listOutbox',
          summary: 'List the e-mails of the collaboration: sent, queued, held (no SMTP) or failed',
          tags,
          response: { 200: outboxListResponse },
        },
      },
      async (request) => listOutbox(deps.db, actorOf(request)),
    );

    app.get(
      '/api/v1/admin/outbox/:id',
      {
        config: { access: 'mail:read' },
        schema: {
          operationId: 'getOutboxMail',
          summary: 'Read one e-mail of the outbox as it is sent',
          tags,
          params: idParams,
          response: { 200: outboxMailDetail, 404: errorResponse },
        },
      },
      async (request) => getOutboxMail(deps.db, actorOf(request), request.params.id),
    );
  };
}
