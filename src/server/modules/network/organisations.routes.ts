import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponse, idParams } from '../../../contracts/common';
import {
  editOrganisationInput,
  organisationDto,
  organisationInput,
  organisationVersionBody,
} from '../../../contracts/network';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import { addOrganisation } from './add-organisation';
import { editOrganisation } from './edit-organisation';
import { setOrganisationActive } from './set-organisation-active';

const tags = ['network'];
const answers = { 200: organisationDto, 404: errorResponse, 409: errorResponse, 422: errorResponse };

/** Issue 12: partner organisations, kept by the administrator and the coordinator. */
export function organisationsRoutes(deps: { db: Db }): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/organisations',
      {
        config: { access: 'organisation:manage' },
        schema: {
          operationId: 'addOrganisation',
          summary: 'Add a partner organisation',
          tags,
          body: organisationInput,
          response: { 201: organisationDto, 422: errorResponse },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await addOrganisation(deps.db, actorOf(request), request.body)),
    );

    app.put(
      '/api/v1/organisations/:id',
      {
        config: { access: 'organisation:manage' },
        schema: {
          operationId: 'editOrganisation',
          summary: 'Change a partner organisation (names the version it started from)',
          tags,
          params: idParams,
          body: editOrganisationInput,
          response: answers,
        },
      },
      async (request) => editOrganisation(deps.db, actorOf(request), request.params.id, request.body),
    );

    for (const [verb, isActive] of [
      ['deactivate', false],
      ['reactivate', true],
    ] as const) {
      app.post(
        `/api/v1/organisations/:id/${verb}`,
        {
          config: { access: 'organisation:manage' },
          schema: {
            operationId: `${verb}Organisation`,
            summary: isActive
              ? 'Reactivate a partner organisation'
              : 'Deactivate a partner organisation (kept in history, no longer offered)',
            tags,
            params: idParams,
            body: organisationVersionBody,
            response: answers,
          },
        },
        async (request) =>
          setOrganisationActive(
            deps.db,
            actorOf(request),
            request.params.id,
            isActive,
            request.body.baseVersion,
          ),
      );
    }
  };
}
