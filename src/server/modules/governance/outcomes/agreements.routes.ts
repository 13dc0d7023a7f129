import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { agreementDto, agreementInput, signatureInput } from '../../../../contracts/governance/outcomes';
import { governanceIdParams } from '../../../../contracts/governance/shared';
import type { Db } from '../../../platform/db/database';
import { actorOf } from '../../../platform/http/access';
import { BASE, errors, tags } from '../route-support';
import { createAgreement } from './create-agreement';
import { listAgreements } from './list-agreements';
import { recordSignature } from './record-signature';

/** Engagement declarations and collaboration agreements of the partners (R23, R24). */
export function agreementsRoutes({ db }: { db: Db }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      `${BASE}/agreements`,
      {
        config: { access: 'governance:read' },
        schema: {
          operationId: 'listAgreements',
          summary: 'List the engagement declarations',
          tags,
          response: { 200: z.array(agreementDto) },
        },
      },
      async (request) => listAgreements(db, actorOf(request)),
    );

    app.post(
      `${BASE}/agreements`,
      {
        config: { access: 'governance:manage' },
        schema: {
          operationId: 'createAgreement',
          summary: 'Create an engagement declaration',
          tags,
          body: agreementInput,
          response: { 201: agreementDto, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createAgreement(db, actorOf(request), request.body)),
    );

    app.post(
      `${BASE}/agreements/:id/signatures`,
      {
        config: { access: 'governance:manage' },
        schema: {
          operationId: 'recordSignature',
          summary: 'Record a signature of an engagement declaration',
          tags,
          params: governanceIdParams,
          body: signatureInput,
          response: { 201: agreementDto, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await recordSignature(db, actorOf(request), request.params.id, request.body)),
    );
  };
}
