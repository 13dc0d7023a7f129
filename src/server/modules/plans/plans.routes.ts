import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, idParams } from '../../../contracts/common';
import {
  agreementBody,
  compareQuery,
  planComparisonDto,
  planDto,
  planVersionDto,
  planVersionParams,
  planVersionQuery,
  savePlanBody,
} from '../../../contracts/plans';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import { comparePlanVersions } from './compare-plan-versions';
import { getPlan, getPlanVersion } from './get-plan';
import { recordPlanAgreement } from './record-agreement';
import { savePlan } from './save-plan';

const tags = ['plans'];
const errors = errorResponses(400, 403, 404, 409, 422);

export function plansRoutes(deps: { db: Db }): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/api/v1/families/:id/plan',
      {
        config: { access: 'family:read' },
        schema: {
          operationId: 'getPlan',
          summary: 'Get the family plan',
          tags,
          params: idParams,
          response: { 200: planDto, ...errors },
        },
      },
      async (request) => getPlan(db, actorOf(request), request.params.id),
    );

    app.put(
      '/api/v1/families/:id/plan',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'savePlan',
          summary: 'Save the family plan as a new version',
          tags,
          description:
            'Saves the next version. `baseVersion` is the version the edit started from; when another version was saved meanwhile the answer is 409 PLAN_VERSION_CONFLICT with that version in `details.current`.',
          params: idParams,
          body: savePlanBody,
          response: { 200: planDto, ...errors },
        },
      },
      async (request) => savePlan(db, actorOf(request), request.params.id, request.body),
    );

    app.get(
      '/api/v1/families/:id/plan/versions/:version',
      {
        config: { access: 'family:read' },
        schema: {
          operationId: 'getPlanVersion',
          summary: 'Get a version of the family plan',
          tags,
          params: planVersionParams,
          querystring: planVersionQuery,
          response: { 200: planVersionDto, ...errors },
        },
      },
      async (request) =>
        getPlanVersion(
          db,
          actorOf(request),
          request.params.id,
          request.params.version,
          request.query.mergedFamilyId,
        ),
    );

    app.get(
      '/api/v1/families/:id/plan/compare',
      {
        config: { access: 'family:read' },
        schema: {
          operationId: 'comparePlanVersions',
          summary: 'Compare two versions of the family plan',
          tags,
          params: idParams,
          querystring: compareQuery,
          response: { 200: planComparisonDto, ...errors },
        },
      },
      async (request) =>
        comparePlanVersions(db, actorOf(request), request.params.id, request.query.from, request.query.to),
    );

    app.post(
      '/api/v1/families/:id/plan/versions/:version/agreement',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'recordPlanAgreement',
          summary: "Record the family's agreement with a plan version",
          tags,
          params: planVersionParams,
          body: agreementBody,
          response: { 200: planDto, ...errors },
        },
      },
      async (request) =>
        recordPlanAgreement(db, actorOf(request), request.params.id, request.params.version, request.body),
    );
  };
}
