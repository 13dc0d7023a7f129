import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../../contracts/common';
import {
  importResponse,
  municipalityDto,
  municipalityQuery,
  organisationDto,
  zonesBody,
  zonesResponse,
} from '../../../contracts/network';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import { listMunicipalities } from './find-municipality';
import { importMunicipalities } from './import-municipalities';
import { listOrganisations } from './network.repository';
import { toOrganisationDto } from './organisation-view';
import { getServedZones, setServedZones } from './served-zones';

const tags = ['network'];

export function networkRoutes(deps: { db: Db }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/municipalities',
      {
        config: { access: 'staff' },
        schema: {
          operationId: 'listMunicipalities',
          summary: 'List the municipalities with their primary-care zone',
          tags,
          querystring: municipalityQuery,
          response: { 200: z.array(municipalityDto) },
        },
      },
      async (request) => listMunicipalities(deps.db, request.query.q),
    );

    app.post(
      '/api/v1/admin/municipalities/import',
      {
        config: { access: 'reference:manage' },
        bodyLimit: 10 * 1024 * 1024,
        schema: {
          operationId: 'importMunicipalities',
          summary: 'Import the official municipality table (CSV)',
          tags,
          description: 'The official municipality table as CSV (Content-Type: text/csv).',
          body: z.string(),
          response: { 200: importResponse, 422: errorResponse },
        },
      },
      async (request) => importMunicipalities(deps.db, request.body),
    );

    app.get(
      '/api/v1/collaboration/zones',
      {
        config: { access: 'staff' },
        schema: {
          operationId: 'getServedZones',
          summary: 'Get the primary-care zones the collaboration serves',
          tags,
          response: { 200: zonesResponse },
        },
      },
      async (request) => ({ zones: await getServedZones(deps.db, actorOf(request).collaborationId) }),
    );

    app.put(
      '/api/v1/collaboration/zones',
      {
        config: { access: 'reference:manage' },
        schema: {
          operationId: 'setServedZones',
          summary: 'Set the primary-care zones the collaboration serves',
          tags,
          body: zonesBody,
          response: { 200: zonesResponse, 422: errorResponse },
        },
      },
      async (request) => ({
        zones: await setServedZones(deps.db, actorOf(request).collaborationId, request.body.zones),
      }),
    );

    app.get(
      '/api/v1/organisations',
      {
        config: { access: 'staff' },
        schema: {
          operationId: 'listOrganisations',
          summary: 'List the partner organisations, deactivated ones too (isActive)',
          tags,
          response: { 200: z.array(organisationDto) },
        },
      },
      async (request) => {
        const rows = await listOrganisations(deps.db, actorOf(request).collaborationId);
        return rows.map(toOrganisationDto);
      },
    );
  };
}
