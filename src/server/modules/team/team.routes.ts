import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, idParams } from '../../../contracts/common';
import {
  absenceInput,
  assignByAvailabilityBody,
  assignmentDecisionsQuery,
  assignmentDecisionsResponse,
  assignmentSuggestionResponse,
  suggestionQuery,
  teamCaseloadResponse,
  teamResponse,
  typeModuleInput,
  workerInput,
} from '../../../contracts/team';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import { assignByAvailability } from './assign-by-availability';
import { createTypeModule } from './create-type-module';
import { getAssignmentSuggestion } from './get-assignment-suggestion';
import { getTeam } from './get-team';
import { getTeamCaseload } from './get-team-caseload';
import { listAssignmentDecisionsOfPeriod } from './list-assignment-decisions';
import { recordAbsence } from './record-absence';
import { changeWorker, createWorker } from './save-worker';

const tags = ['team'];
const errors = errorResponses(400, 404, 422);
// Assignment opens a family's file: 403 FAMILY_FILE_RESTRICTED, and 409 when already assigned.
const assignErrors = errorResponses(400, 403, 404, 409, 422);

// Every change answers with the whole team page, so the breaches (R11) are always current.
export function teamRoutes(deps: { db: Db }): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/api/v1/team',
      { config: { access: 'team:read' }, schema: { tags, response: { 200: teamResponse } } },
      async (request) => getTeam(db, actorOf(request)),
    );
    app.post(
      '/api/v1/team/workers',
      {
        config: { access: 'team:manage' },
        schema: { tags, body: workerInput, response: { 201: teamResponse, ...errors } },
      },
      async (request, reply) => {
        await createWorker(db, actorOf(request), request.body);
        return reply.status(201).send(await getTeam(db, actorOf(request)));
      },
    );
    app.put(
      '/api/v1/team/workers/:id',
      {
        config: { access: 'team:manage' },
        schema: { tags, params: idParams, body: workerInput, response: { 200: teamResponse, ...errors } },
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
        schema: { tags, params: idParams, body: absenceInput, response: { 201: teamResponse, ...errors } },
      },
      async (request, reply) => {
        await recordAbsence(db, actorOf(request), request.params.id, request.body);
        return reply.status(201).send(await getTeam(db, actorOf(request)));
      },
    );
    app.post(
      '/api/v1/team/type-modules',
      {
        config: { access: 'team:manage' },
        schema: { tags, body: typeModuleInput, response: { 201: teamResponse, ...errors } },
      },
      async (request, reply) => {
        await createTypeModule(db, actorOf(request), request.body);
        return reply.status(201).send(await getTeam(db, actorOf(request)));
      },
    );
    // R10: caseload per FTE, per worker and region (counts, never a family).
    app.get(
      '/api/v1/team/caseload',
      { config: { access: 'team:read' }, schema: { tags, response: { 200: teamCaseloadResponse } } },
      async (request) => getTeamCaseload(db, actorOf(request)),
    );
    app.get(
      '/api/v1/team/assignment-suggestion',
      {
        config: { access: 'family:assign' },
        schema: {
          tags,
          description:
            'R10: the worker of the family’s region with the most free capacity, and the other candidates.',
          querystring: suggestionQuery,
          response: { 200: assignmentSuggestionResponse, ...assignErrors },
        },
      },
      async (request) => getAssignmentSuggestion(db, actorOf(request), request.query.familyId),
    );
    app.post(
      '/api/v1/team/assignments',
      {
        config: { access: 'family:assign' },
        schema: {
          tags,
          description:
            'R10: assigns the family to a worker; another than the suggested one needs overrideReason.',
          body: assignByAvailabilityBody,
          response: { 201: assignmentSuggestionResponse, ...assignErrors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await assignByAvailability(db, actorOf(request), request.body)),
    );
    app.get(
      '/api/v1/team/assignment-decisions',
      {
        config: { access: 'family:assign' },
        schema: {
          tags,
          querystring: assignmentDecisionsQuery,
          response: { 200: assignmentDecisionsResponse, ...errors },
        },
      },
      async (request) => listAssignmentDecisionsOfPeriod(db, actorOf(request), request.query),
    );
  };
}
