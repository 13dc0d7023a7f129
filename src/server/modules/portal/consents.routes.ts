import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../contracts/common';
import {
  consentDto,
  familyConsentsDto,
  giveConsentBody,
  ownConsentParams,
  withdrawConsentBody,
} from '../../../contracts/consent';
import type { Db } from '../../platform/db/database';
import { familyActorOf } from '../../platform/http/access';
import { getOurConsents } from './get-our-consents';
import { giveOurConsent } from './give-our-consent';
import { withdrawOurConsent } from './withdraw-our-consent';

const tags = ['portal'];
const errors = errorResponses(400, 401, 403, 404, 409, 422);

/** R29 in the family's own portal: our consents, given and withdrawn by ourselves, and the sharing log. */
export function portalConsentRoutes(deps: { db: Db }): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/api/v1/portal/consents',
      {
        config: { access: 'family' },
        schema: {
          operationId: 'getOurConsents',
          summary: 'Get our consents and what was shared with partners',
          tags,
          response: { 200: familyConsentsDto, ...errors },
        },
      },
      async (request) => getOurConsents(db, familyActorOf(request)),
    );

    app.post(
      '/api/v1/portal/consents',
      {
        config: { access: 'family' },
        schema: {
          operationId: 'giveOurConsent',
          summary: 'Give a consent as the signed-in family member',
          tags,
          body: giveConsentBody,
          response: { 201: consentDto, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await giveOurConsent(db, familyActorOf(request), request.body)),
    );

    app.post(
      '/api/v1/portal/consents/:consentId/withdrawal',
      {
        config: { access: 'family' },
        schema: {
          operationId: 'withdrawOurConsent',
          summary: 'Withdraw our own consent; it takes effect at once',
          tags,
          params: ownConsentParams,
          body: withdrawConsentBody,
          response: { 200: consentDto, ...errors },
        },
      },
      async (request) =>
        withdrawOurConsent(db, familyActorOf(request), request.params.consentId, request.body),
    );
  };
}
