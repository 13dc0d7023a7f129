import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../contracts/common';
import {
  assignByAvailabilityBody,
  assignmentDecisionsQuery,
  assignmentDecisionsResponse,
  assignmentSuggestionResponse,
  suggestionQuery,
  teamCaseloadResponse,
} from '../../../contracts/team';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import { assignByAvailability } from './assign-by-availability';
import { getAssignmentSuggestion } from './get-assignment-suggestion';
import { getTeamCaseload } from './get-team-caseload';
import { listAssignmentDecisionsOfPeriod } from './list-assignment-decisions';

// The team's routes by URL (/team/…): caseload and assignment are what the team page and the
// coordinator's desk ask of the team.
const tags = ['team'];
const errors = errorResponses(400, 404, 422);
// Assignment opens a family's file: 403 FAMILY_FILE_RESTRICTED, and 409 when already assigned.
const assignErrors = errorResponses(400, 403, 404, 409, 422);

export function assignmentRoutes(deps: { db: Db }): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    // R10: caseload per FTE, per worker and region (counts, never a family).
    app.get(
      '/api/v1/team/caseload',
      {
        config: { access: 'team:read' },
        schema: {
          operationId: 'getTeamCaseload',
          summary: 'Caseload per FTE of every worker and region (R10)',
          tags,
          response: { 200: teamCaseloadResponse },
        },
      },
      async (request) => getTeamCaseload(db, actorOf(request)),
    );
    app.get(
      '/api/v1/team/assignment-suggestion',
      {
        config: { access: 'family:assign' },
        schema: {
          operationId: 'getAssignmentSuggestion',
          summary: 'Suggest a worker for a family by availability (R10)',
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
          operationId: 'assignByAvailability',
          summary: 'Assign a worker to a family, with a reason when not the suggested one (R10)',
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
          operationId: 'listAssignmentDecisionsOfPeriod',
          summary: 'List the assignment decisions of a period',
          tags,
          querystring: assignmentDecisionsQuery,
          response: { 200: assignmentDecisionsResponse, ...errors },
        },
      },
      async (request) => listAssignmentDecisionsOfPeriod(db, actorOf(request), request.query),
    );
  };
}
