import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditTrailResponse } from '../../../contracts/audit';
import { errorResponses, idParams } from '../../../contracts/common';
import {
  assignmentBody,
  assignmentParams,
  editMemberBody,
  editNetworkMemberBody,
  endAssignmentBody,
  familyFileDto,
  familySearchQuery,
  familySearchResultDto,
  memberBody,
  memberParams,
  mergeCandidateDto,
  networkMemberBody,
  networkParams,
  teamMemberDto,
} from '../../../contracts/families';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import { type AssignmentGuard, assignWorker, endWorkerAssignment } from './assign-worker';
import { getFamilyFile } from './get-family-file';
import { listMergeCandidates } from './list-merge-candidates';
import { listAssignableTeam } from './list-team';
import { readFamilyAuditTrail } from './read-family-audit-trail';
import { addMember, editMember } from './save-member';
import { addNetworkMember, editNetworkMember } from './save-network-member';
import { searchFamilies } from './search-families';

const tags = ['families'];
// 403 FAMILY_FILE_RESTRICTED carries the limited view: the family exists, whom to ask.
const errors = errorResponses(400, 403, 404, 409, 422);
const file = { 200: familyFileDto, ...errors };

export function familiesRoutes(deps: { db: Db; assignmentGuard: AssignmentGuard }): FastifyPluginAsyncZod {
  const { db, assignmentGuard } = deps;
  return async (app) => {
    app.get(
      '/api/v1/families',
      {
        config: { access: 'family:read' },
        schema: {
          operationId: 'searchFamilies',
          summary: 'Search families',
          tags,
          querystring: familySearchQuery,
          response: { 200: z.array(familySearchResultDto), ...errorResponses(400, 422) },
        },
      },
      async (request) => searchFamilies(db, actorOf(request), request.query),
    );

    app.get(
      '/api/v1/families/:id/merge-candidates',
      {
        config: { access: 'family:merge' },
        schema: {
          operationId: 'listMergeCandidates',
          summary: 'List the files that may be the same family (R17)',
          tags,
          params: idParams,
          response: { 200: z.array(mergeCandidateDto), ...errors },
        },
      },
      async (request) => listMergeCandidates(db, actorOf(request), request.params.id),
    );

    app.get(
      '/api/v1/families/:id',
      {
        config: { access: 'family:read' },
        schema: {
          operationId: 'getFamilyFile',
          summary: 'Get a family file',
          tags,
          params: idParams,
          response: file,
        },
      },
      async (request) => getFamilyFile(db, actorOf(request), request.params.id),
    );

    app.post(
      '/api/v1/families/:id/members',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'addMember',
          summary: 'Add a member to a family',
          tags,
          params: idParams,
          body: memberBody,
          response: file,
        },
      },
      async (request) => addMember(db, actorOf(request), request.params.id, request.body),
    );

    app.put(
      '/api/v1/families/:id/members/:memberId',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'editMember',
          summary: 'Edit a family member',
          tags,
          params: memberParams,
          body: editMemberBody,
          response: file,
        },
      },
      async (request) =>
        editMember(db, actorOf(request), request.params.id, request.params.memberId, request.body),
    );

    app.post(
      '/api/v1/families/:id/network',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'addNetworkMember',
          summary: "Add a person to the family's network map",
          tags,
          params: idParams,
          body: networkMemberBody,
          response: file,
        },
      },
      async (request) => addNetworkMember(db, actorOf(request), request.params.id, request.body),
    );

    app.put(
      '/api/v1/families/:id/network/:networkMemberId',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'editNetworkMember',
          summary: "Edit a person of the family's network map",
          tags,
          params: networkParams,
          body: editNetworkMemberBody,
          response: file,
        },
      },
      async (request) =>
        editNetworkMember(
          db,
          actorOf(request),
          request.params.id,
          request.params.networkMemberId,
          request.body,
        ),
    );

    app.post(
      '/api/v1/families/:id/assignments',
      {
        config: { access: 'family:assign' },
        schema: {
          operationId: 'assignWorker',
          summary: 'Assign a worker to a family',
          tags,
          params: idParams,
          body: assignmentBody,
          response: file,
        },
      },
      async (request) => assignWorker(db, actorOf(request), request.params.id, request.body, assignmentGuard),
    );

    app.put(
      '/api/v1/families/:id/assignments/:assignmentId/end',
      {
        config: { access: 'family:assign' },
        schema: {
          operationId: 'endWorkerAssignment',
          summary: "End a worker's assignment to a family",
          tags,
          params: assignmentParams,
          body: endAssignmentBody,
          response: file,
        },
      },
      async (request) =>
        endWorkerAssignment(
          db,
          actorOf(request),
          request.params.id,
          request.params.assignmentId,
          request.body.toOn,
        ),
    );

    app.get(
      '/api/v1/families/:id/audit',
      {
        config: { access: 'family:audit' },
        schema: {
          operationId: 'readFamilyAuditTrail',
          summary: 'Read the audit trail of a family file',
          tags,
          params: idParams,
          response: { 200: auditTrailResponse, ...errors },
        },
      },
      async (request) => ({ items: await readFamilyAuditTrail(db, actorOf(request), request.params.id) }),
    );

    app.get(
      '/api/v1/team/assignable',
      {
        config: { access: 'family:assign' },
        schema: {
          operationId: 'listAssignableTeam',
          summary: 'List the workers a family can be assigned to',
          tags,
          response: { 200: z.array(teamMemberDto) },
        },
      },
      async (request) => listAssignableTeam(db, actorOf(request)),
    );
  };
}
