import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, idParams } from '../../../contracts/common';
import { familyViewDto, planPdfQuery, portalOverviewDto } from '../../../contracts/portal';
import type { Db } from '../../platform/db/database';
import { actorOf, familyActorOf } from '../../platform/http/access';
import { getFamilyView } from './get-family-view';
import { getPortalOverview } from './get-portal-overview';
import { printFamilyPlan } from './print-family-plan';

const tags = ['portal'];
const errors = errorResponses(403, 404);

export function portalRoutes(deps: { db: Db }): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    // The family's own portal (issue 13, ADR 044): only a family member's account reaches these,
    // and each reads the member's own family, taken from the session.
    app.get(
      '/api/v1/portal/overview',
      {
        config: { access: 'family' },
        schema: {
          operationId: 'getPortalOverview',
          summary: 'Get our family: who we are, who is signed in, who works with us',
          tags,
          response: { 200: portalOverviewDto, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => getPortalOverview(db, familyActorOf(request)),
    );

    app.get(
      '/api/v1/families/:id/family-view',
      {
        config: { access: 'family:read' },
        schema: {
          operationId: 'getFamilyView',
          summary: 'Get the family plan as the family sees it',
          tags,
          description: 'What the family itself reads: nothing marked for professionals only (R28).',
          params: idParams,
          response: { 200: familyViewDto, ...errors },
        },
      },
      async (request) => getFamilyView(db, actorOf(request), request.params.id),
    );

    app.get(
      '/api/v1/families/:id/plan.pdf',
      {
        config: { access: 'family:read' },
        schema: {
          operationId: 'printFamilyPlan',
          summary: 'Download the family plan as PDF',
          tags,
          params: idParams,
          querystring: planPdfQuery,
          produces: ['application/pdf'],
        },
      },
      async (request, reply) => {
        const { pdf, fileName } = await printFamilyPlan(
          db,
          actorOf(request),
          request.params.id,
          request.query.lang,
        );
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="${fileName}"`)
          .header('cache-control', 'no-store')
          .send(pdf);
      },
    );
  };
}
