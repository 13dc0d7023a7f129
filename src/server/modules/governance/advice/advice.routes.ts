import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  adviceBody,
  adviceParams,
  adviceRoundDto,
  adviceRoundInput,
  objectionClosingBody,
  roundDecisionBody,
} from '../../../../contracts/governance/advice';
import { governanceIdParams } from '../../../../contracts/governance/shared';
import type { Db } from '../../../platform/db/database';
import { actorOf } from '../../../platform/http/access';
import { BASE, errors, tags } from '../route-support';
import { closeObjection } from './close-objection';
import { decideAdviceRound } from './decide-advice-round';
import { getAdviceRound } from './get-advice-round';
import { giveAdvice } from './give-advice';
import { openAdviceRound } from './open-advice-round';

const memberOfRound = z.object({ id: z.uuid(), memberId: z.uuid() });

/** R14: advice rounds on proposals. */
export function adviceRoutes({ db }: { db: Db }): FastifyPluginAsyncZod {
  return async (app) => {
    const detail = { 200: adviceRoundDto, ...errors, 403: errors[404] };

    app.post(
      `${BASE}/advice-rounds`,
      {
        config: { access: 'governance:manage' },
        schema: {
          operationId: 'openAdviceRound',
          summary: 'Open an advice round (R14)',
          tags,
          body: adviceRoundInput,
          response: { 201: adviceRoundDto, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await openAdviceRound(db, actorOf(request), request.body)),
    );

    app.get(
      `${BASE}/advice-rounds/:id`,
      {
        config: { access: 'governance:read' },
        schema: {
          operationId: 'getAdviceRound',
          summary: 'Get an advice round',
          tags,
          params: governanceIdParams,
          response: detail,
        },
      },
      async (request) => db.transaction((tx) => getAdviceRound(tx, actorOf(request), request.params.id)),
    );

    app.put(
      `${BASE}/advice-rounds/:id/advice/:memberId`,
      {
        config: { access: 'governance:advise' },
        schema: {
          operationId: 'giveAdvice',
          summary: "Give a member's advice in an advice round",
          tags,
          params: memberOfRound,
          body: adviceBody,
          response: detail,
        },
      },
      async (request) =>
        giveAdvice(db, actorOf(request), request.params.id, request.params.memberId, request.body),
    );

    app.post(
      `${BASE}/advice-rounds/:id/objections/:adviceId/closing`,
      {
        config: { access: 'governance:advise' },
        schema: {
          operationId: 'closeObjection',
          summary: 'Close a principled objection',
          tags,
          params: adviceParams,
          body: objectionClosingBody,
          response: detail,
        },
      },
      async (request) =>
        closeObjection(db, actorOf(request), request.params.id, request.params.adviceId, request.body),
    );

    app.post(
      `${BASE}/advice-rounds/:id/decision`,
      {
        config: { access: 'governance:manage' },
        schema: {
          operationId: 'decideAdviceRound',
          summary: 'Decide an advice round',
          tags,
          params: governanceIdParams,
          body: roundDecisionBody,
          response: detail,
        },
      },
      async (request) => decideAdviceRound(db, actorOf(request), request.params.id, request.body),
    );
  };
}
