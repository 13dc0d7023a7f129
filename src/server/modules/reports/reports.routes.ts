import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponse } from '../../../contracts/common';
import { fundingOverviewResponse, quarterlyOverviewResponse, yearQuery } from '../../../contracts/funding';
import {
  figuresAcrossQuery,
  figuresAcrossResponse,
  figuresQuery,
  figuresResponse,
} from '../../../contracts/reports';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import { requestLocale } from '../../platform/http/error-handler';
import { figuresToCsv } from './figures-csv';
import { getFiguresAcrossCollaborations } from './get-figures-across-collaborations';
import { getFundingOverview } from './get-funding-overview';
import { getIntakeFigures } from './get-intake-figures';
import { getQuarterlyOverview } from './get-quarterly-overview';

const tags = ['reports'];

export function reportsRoutes(deps: { db: Db }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/reports/figures',
      {
        config: { access: 'figures:read' },
        schema: {
          operationId: 'getIntakeFigures',
          summary: 'Intake figures of a period',
          tags,
          querystring: figuresQuery,
          response: { 200: figuresResponse, 422: errorResponse },
        },
      },
      async (request) => getIntakeFigures(deps.db, actorOf(request), request.query),
    );

    app.get(
      '/api/v1/platform/figures',
      {
        config: { access: 'platform:figures' },
        schema: {
          operationId: 'getFiguresAcrossCollaborations',
          summary: 'Intake figures of a period per collaboration, side by side (small counts suppressed)',
          tags,
          querystring: figuresAcrossQuery,
          response: { 200: figuresAcrossResponse, 422: errorResponse },
        },
      },
      async (request) => getFiguresAcrossCollaborations(deps.db, actorOf(request), request.query),
    );

    app.get(
      '/api/v1/reports/funding',
      {
        config: { access: 'funding:read' },
        schema: {
          operationId: 'getFundingOverview',
          summary: 'Money and quota use per funding line',
          tags,
          querystring: yearQuery,
          response: { 200: fundingOverviewResponse },
        },
      },
      async (request) =>
        getFundingOverview(
          deps.db,
          actorOf(request),
          request.query.year ?? Number(actorOf(request).clock.today().slice(0, 4)),
        ),
    );

    app.get(
      '/api/v1/reports/funding/quarters',
      {
        config: { access: 'funding:read' },
        schema: {
          operationId: 'getQuarterlyOverview',
          summary: 'Add-on trajectories per quarter (R6)',
          tags,
          description: 'R6: trajectories on lines with a cap or price, per quarter, for the steering group.',
          querystring: yearQuery,
          response: { 200: quarterlyOverviewResponse },
        },
      },
      async (request) =>
        getQuarterlyOverview(
          deps.db,
          actorOf(request),
          request.query.year ?? Number(actorOf(request).clock.today().slice(0, 4)),
        ),
    );

    app.get(
      '/api/v1/reports/figures.csv',
      {
        config: { access: 'figures:read' },
        schema: {
          operationId: 'exportIntakeFigures',
          summary: 'Export the intake figures of a period as CSV',
          tags,
          querystring: figuresQuery,
          produces: ['text/csv'],
        },
      },
      async (request, reply) => {
        const figures = await getIntakeFigures(deps.db, actorOf(request), request.query);
        const name = `cijfers-${request.query.from ?? 'begin'}-${request.query.to ?? 'nu'}.csv`;
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}"`)
          .send(figuresToCsv(figures, requestLocale(request)));
      },
    );
  };
}
