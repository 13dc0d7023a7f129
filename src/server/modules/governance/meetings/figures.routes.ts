import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  completenessQuery,
  completenessResponse,
  figureSnapshotDto,
  freezeFiguresBody,
} from '../../../../contracts/governance/meetings';
import { governanceIdParams } from '../../../../contracts/governance/shared';
import type { Db } from '../../../platform/db/database';
import { actorOf } from '../../../platform/http/access';
import { BASE, errors, tags } from '../route-support';
import { checkFiguresCompleteness } from './check-figures-completeness';
import { freezeFigures } from './freeze-figures';

/** R22: figures for a steering-group meeting, checked for completeness, then frozen. */
export function figuresRoutes({ db }: { db: Db }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      `${BASE}/meetings/:id/figures/completeness`,
      {
        config: { access: 'governance:manage' },
        schema: {
          operationId: 'checkFiguresCompleteness',
          summary: 'Check the figures are complete before freezing them (R22)',
          tags,
          params: governanceIdParams,
          querystring: completenessQuery,
          response: { 200: completenessResponse, ...errors },
        },
      },
      async (request) => checkFiguresCompleteness(db, actorOf(request), request.params.id, request.query),
    );

    app.post(
      `${BASE}/meetings/:id/figures`,
      {
        config: { access: 'governance:manage' },
        schema: {
          operationId: 'freezeFigures',
          summary: 'Freeze the figures for a meeting (R22)',
          tags,
          params: governanceIdParams,
          body: freezeFiguresBody,
          response: { 201: figureSnapshotDto, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await freezeFigures(db, actorOf(request), request.params.id, request.body)),
    );
  };
}
