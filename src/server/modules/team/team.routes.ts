import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams } from '../../../contracts/common';
import {
  absenceInput,
  editWorkerInput,
  newWorkerInput,
  teamResponse,
  typeModuleInput,
} from '../../../contracts/team';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import type { InvitationOptions } from '../identity';
import { getTeam } from './get-team';
import { recordAbsence } from './record-absence';
import { removeAbsence } from './remove-absence';
import { changeTypeModule, createTypeModule } from './save-type-module';
import { changeWorker, createWorker } from './save-worker';

const tags = ['team'];
const errors = errorResponses(400, 404, 422);

// Every change answers with the whole team page, so the breaches (R11) are always current.
export function teamRoutes(deps: { db: Db } & InvitationOptions): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/api/v1/team',
      {
        config: { access: 'team:read' },
        schema: {
          operationId: 'getTeam',
          summary: 'Get the team: workers, secondments and absences',
          tags,
          response: { 200: teamResponse },
        },
      },
      async (request) => getTeam(db, actorOf(request)),
    );
    app.post(
      '/api/v1/team/workers',
      {
        config: { access: 'team:manage' },
        schema: {
          operationId: 'createWorker',
          summary: 'Add a worker to the team (R11), and invite their account with inviteEmail',
          tags,
          body: newWorkerInput,
          response: { 201: teamResponse, ...errors },
        },
      },
      async (request, reply) => {
        await createWorker(db, actorOf(request), request.body, deps);
        return reply.status(201).send(await getTeam(db, actorOf(request)));
      },
    );
    app.put(
      '/api/v1/team/workers/:id',
      {
        config: { access: 'team:manage' },
        schema: {
          operationId: 'changeWorker',
          summary: "Change a worker's secondment (R11)",
          tags,
          params: idParams,
          body: editWorkerInput,
          response: { 200: teamResponse, ...errors },
        },
      },
      async (request) => {
        await changeWorker(db, actorOf(request), request.params.id, request.body);
        return getTeam(db, actorOf(request));
      },
    );
    app.post(
      '/api/v1/team/workers/:id/absences',
      {
        config: { access: 'team:manage' },
        schema: {
          operationId: 'recordAbsence',
          summary: "Record a worker's absence (R12)",
          tags,
          params: idParams,
          body: absenceInput,
          response: { 201: teamResponse, ...errors },
        },
      },
      async (request, reply) => {
        await recordAbsence(db, actorOf(request), request.params.id, request.body);
        return reply.status(201).send(await getTeam(db, actorOf(request)));
      },
    );
    app.delete(
      '/api/v1/team/workers/:id/absences/:absenceId',
      {
        config: { access: 'team:manage' },
        schema: {
          operationId: 'removeAbsence',
          summary: "Remove a worker's absence",
          tags,
          params: z.object({ id: z.uuid(), absenceId: z.uuid() }),
          response: { 200: teamResponse, ...errors },
        },
      },
      async (request) => {
        await removeAbsence(db, actorOf(request), request.params.id, request.params.absenceId);
        return getTeam(db, actorOf(request));
      },
    );
    app.post(
      '/api/v1/team/type-modules',
      {
        config: { access: 'team:manage' },
        schema: {
          operationId: 'createTypeModule',
          summary: 'Create a type module',
          tags,
          body: typeModuleInput,
          response: { 201: teamResponse, ...errors },
        },
      },
      async (request, reply) => {
        await createTypeModule(db, actorOf(request), request.body);
        return reply.status(201).send(await getTeam(db, actorOf(request)));
      },
    );
    app.put(
      '/api/v1/team/type-modules/:id',
      {
        config: { access: 'team:manage' },
        schema: {
          operationId: 'changeTypeModule',
          summary: 'Change a type module',
          tags,
          params: idParams,
          body: typeModuleInput,
          response: { 200: teamResponse, ...errors },
        },
      },
      async (request) => {
        await changeTypeModule(db, actorOf(request), request.params.id, request.body);
        return getTeam(db, actorOf(request));
      },
    );
  };
}
