import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../../contracts/common';
import {
  caseloadQuery,
  caseloadResponse,
  myFamilyDto,
  scopeQuery,
  waitingListResponse,
  weekResponse,
} from '../../../contracts/worklist';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import { requestLocale } from '../../platform/http/error-handler';
import { exportWaitingList } from './export-waiting-list';
import { getCaseload } from './get-caseload';
import { getWaitingList } from './get-waiting-list';
import { getWeek, listMyFamilies } from './get-worklist';

const tags = ['worklist'];

export function worklistRoutes(deps: { db: Db }): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/api/v1/worklist/week',
      {
        config: { access: 'family:read' },
        schema: {
          operationId: 'getWeek',
          summary: "My week: the signed-in worker's families and deadlines",
          tags,
          description:
            '`mine`: what is overdue or due this week in my families; `all` (coordinator): every deadline.',
          querystring: scopeQuery,
          response: { 200: weekResponse, 403: errorResponse },
        },
      },
      async (request) => getWeek(db, actorOf(request), request.query.scope),
    );

    app.get(
      '/api/v1/worklist/families',
      {
        config: { access: 'family:read' },
        schema: {
          operationId: 'listMyFamilies',
          summary: "List the signed-in worker's families",
          tags,
          querystring: scopeQuery,
          response: { 200: z.array(myFamilyDto), 403: errorResponse },
        },
      },
      async (request) => listMyFamilies(db, actorOf(request), request.query.scope),
    );

    app.get(
      '/api/v1/worklist/waiting-list',
      {
        config: { access: 'caseload:read' },
        schema: {
          operationId: 'getWaitingList',
          summary: 'Get the waiting list (R18)',
          tags,
          response: { 200: waitingListResponse },
        },
      },
      async (request) => getWaitingList(db, actorOf(request)),
    );

    // Issue 14 point 2 (R18): the waiting list's figures for the partners and the agency.
    app.get(
      '/api/v1/worklist/waiting-list.xlsx',
      {
        config: { access: 'caseload:read' },
        schema: {
          operationId: 'exportWaitingList',
          summary:
            'Export the waiting-list figures with the expected wait as .xlsx (no names; small counts hidden)',
          tags,
          produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        },
      },
      async (request, reply) => {
        const { file, name } = await exportWaitingList(db, actorOf(request), requestLocale(request));
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="${name}"`)
          .header('x-content-type-options', 'nosniff')
          .send(file);
      },
    );

    app.get(
      '/api/v1/worklist/caseload',
      {
        config: { access: 'caseload:read' },
        schema: {
          operationId: 'getCaseload',
          summary: 'Caseload of the team for the coordinator',
          tags,
          querystring: caseloadQuery,
          response: { 200: caseloadResponse },
        },
      },
      async (request) => getCaseload(db, actorOf(request), request.query),
    );
  };
}
