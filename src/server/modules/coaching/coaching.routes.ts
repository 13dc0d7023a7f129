import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  coachesResponse,
  coachMatchDto,
  coachMatchesResponse,
  coachWaitingListResponse,
  endMatchInput,
  matchInput,
} from '../../../contracts/coaching';
import { errorResponses, idParams } from '../../../contracts/common';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import { endMatch } from './end-match';
import { getCoachWaitingList } from './get-coach-waiting-list';
import { listCoaches } from './list-coaches';
import { listCoachMatches } from './list-matches';
import { matchFamily } from './match-family';

const tags = ['coaching'];
const reads = errorResponses(403);

// R23: the central registration point of family coaching, the coordinator's desk (ADR 015).
export function coachingRoutes(deps: { db: Db }): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/api/v1/coaching/waiting-list',
      {
        config: { access: 'coaching:manage' },
        schema: {
          operationId: 'getCoachWaitingList',
          summary: 'Waiting list of the central registration point for family coaching (R23)',
          tags,
          response: { 200: coachWaitingListResponse, ...reads },
        },
      },
      async (request) => getCoachWaitingList(db, actorOf(request)),
    );
    app.get(
      '/api/v1/coaching/coaches',
      {
        config: { access: 'coaching:manage' },
        schema: {
          operationId: 'listCoaches',
          summary: 'List the family coaches with their caseload',
          tags,
          response: { 200: coachesResponse, ...reads },
        },
      },
      async (request) => listCoaches(db, actorOf(request)),
    );
    app.get(
      '/api/v1/coaching/matches',
      {
        config: { access: 'coaching:manage' },
        schema: {
          operationId: 'listCoachMatches',
          summary: 'List the matches of families with coaches',
          tags,
          response: { 200: coachMatchesResponse, ...reads },
        },
      },
      async (request) => listCoachMatches(db, actorOf(request)),
    );
    app.post(
      '/api/v1/coaching/matches',
      {
        config: { access: 'coaching:manage' },
        schema: {
          operationId: 'matchFamily',
          summary: 'Match a waiting family to a coach',
          tags,
          description:
            '422 `COACH_NOT_ACTIVE_FAMILY_COACH`, `COACH_CASELOAD_FULL` (limit in details), ' +
            '`COACH_REFERRAL_MISSING`, `COACH_CHOICE_REASON_REQUIRED` (another coach than the suggested one); ' +
            '409 `FAMILY_ALREADY_MATCHED`.',
          body: matchInput,
          response: { 201: coachMatchDto, ...errorResponses(400, 403, 404, 409, 422) },
        },
      },
      async (request, reply) => reply.status(201).send(await matchFamily(db, actorOf(request), request.body)),
    );
    app.post(
      '/api/v1/coaching/matches/:id/end',
      {
        config: { access: 'coaching:manage' },
        schema: {
          operationId: 'endMatch',
          summary: 'End a coaching match',
          tags,
          description:
            '409 `COACH_MATCH_ALREADY_ENDED`; 422 when the end is before the start or in the future.',
          params: idParams,
          body: endMatchInput,
          response: { 200: coachMatchDto, ...errorResponses(400, 403, 404, 409, 422) },
        },
      },
      async (request) => endMatch(db, actorOf(request), request.params.id, request.body),
    );
  };
}
