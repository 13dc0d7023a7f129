import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accountDto } from '../../../contracts/accounts';
import {
  collaborationDto,
  createCollaborationBody,
  installationZoneDto,
  inviteCoordinatorBody,
} from '../../../contracts/collaborations';
import { errorResponse, idParams } from '../../../contracts/common';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import type { InvitationOptions } from '../identity';
import { inviteCoordinator } from './invite-coordinator';
import { listCollaborations, listInstallationZones } from './list-collaborations';
import { makeCollaboration } from './make-collaboration';

const tags = ['collaborations'];

/** Issue 15 (ADR 054): the installation's collaborations, for the platform administrator. */
export function collaborationsRoutes(deps: { db: Db } & InvitationOptions): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/api/v1/platform/collaborations',
      {
        config: { access: 'platform:manage' },
        schema: {
          operationId: 'listCollaborations',
          summary: "List the installation's collaborations with their zones and lead partner",
          tags,
          response: { 200: z.array(collaborationDto) },
        },
      },
      async () => listCollaborations(db),
    );

    app.get(
      '/api/v1/platform/zones',
      {
        config: { access: 'platform:manage' },
        schema: {
          operationId: 'listInstallationZones',
          summary: 'List every primary-care zone with the collaboration that serves it',
          tags,
          response: { 200: z.array(installationZoneDto) },
        },
      },
      async () => listInstallationZones(db),
    );

    app.post(
      '/api/v1/platform/collaborations',
      {
        config: { access: 'platform:manage' },
        schema: {
          operationId: 'createCollaboration',
          summary: 'Make a collaboration: its name, the zones it serves and its lead partner',
          tags,
          body: createCollaborationBody,
          response: { 201: collaborationDto, 409: errorResponse, 422: errorResponse },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await makeCollaboration(db, actorOf(request), request.body)),
    );

    app.post(
      '/api/v1/platform/collaborations/:id/coordinators',
      {
        config: { access: 'platform:manage' },
        schema: {
          operationId: 'inviteCoordinator',
          summary: "Invite a collaboration's first coordinator by e-mail",
          tags,
          params: idParams,
          body: inviteCoordinatorBody,
          response: { 201: accountDto, 404: errorResponse, 422: errorResponse },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await inviteCoordinator(db, actorOf(request), request.params.id, request.body, deps)),
    );
  };
}
