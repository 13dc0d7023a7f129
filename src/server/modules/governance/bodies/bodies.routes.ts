import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  bodyDto,
  bodyInput,
  bodyMemberInput,
  bodySummaryDto,
  memberParams,
  personDto,
} from '../../../../contracts/governance/bodies';
import { governanceIdParams } from '../../../../contracts/governance/shared';
import type { Db } from '../../../platform/db/database';
import { actorOf } from '../../../platform/http/access';
import { BASE, errors, tags } from '../route-support';
import { addBodyMember } from './add-body-member';
import { createBody } from './create-body';
import { getBody } from './get-body';
import { listBodies } from './list-bodies';
import { listPeople } from './list-people';
import { updateBody } from './update-body';
import { updateBodyMember } from './update-body-member';

export function bodiesRoutes({ db }: { db: Db }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      `${BASE}/people`,
      {
        config: { access: 'governance:manage' },
        schema: {
          operationId: 'listPeople',
          summary: 'List the people who can sit on a governance body',
          tags,
          response: { 200: z.array(personDto) },
        },
      },
      async (request) => listPeople(db, actorOf(request)),
    );

    app.get(
      `${BASE}/bodies`,
      {
        config: { access: 'governance:read' },
        schema: {
          operationId: 'listBodies',
          summary: 'List the governance bodies',
          tags,
          response: { 200: z.array(bodySummaryDto) },
        },
      },
      async (request) => listBodies(db, actorOf(request)),
    );

    app.post(
      `${BASE}/bodies`,
      {
        config: { access: 'governance:manage' },
        schema: {
          operationId: 'createBody',
          summary: 'Create a governance body',
          tags,
          body: bodyInput,
          response: { 201: bodyDto, ...errors },
        },
      },
      async (request, reply) => reply.status(201).send(await createBody(db, actorOf(request), request.body)),
    );

    app.get(
      `${BASE}/bodies/:id`,
      {
        config: { access: 'governance:read' },
        schema: {
          operationId: 'getBody',
          summary: 'Get a governance body with its members',
          tags,
          params: governanceIdParams,
          response: { 200: bodyDto, ...errors },
        },
      },
      async (request) => getBody(db, actorOf(request), request.params.id),
    );

    app.put(
      `${BASE}/bodies/:id`,
      {
        config: { access: 'governance:manage' },
        schema: {
          operationId: 'updateBody',
          summary: 'Update a governance body',
          tags,
          params: governanceIdParams,
          body: bodyInput,
          response: { 200: bodyDto, ...errors },
        },
      },
      async (request) => updateBody(db, actorOf(request), request.params.id, request.body),
    );

    app.post(
      `${BASE}/bodies/:id/members`,
      {
        config: { access: 'governance:manage' },
        schema: {
          operationId: 'addBodyMember',
          summary: 'Add a member to a governance body',
          tags,
          params: governanceIdParams,
          body: bodyMemberInput,
          response: { 201: bodyDto, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await addBodyMember(db, actorOf(request), request.params.id, request.body)),
    );

    app.put(
      `${BASE}/bodies/:id/members/:memberId`,
      {
        config: { access: 'governance:manage' },
        schema: {
          operationId: 'updateBodyMember',
          summary: 'Update a member of a governance body',
          tags,
          params: memberParams,
          body: bodyMemberInput,
          response: { 200: bodyDto, ...errors },
        },
      },
      async (request) =>
        updateBodyMember(db, actorOf(request), request.params.id, request.params.memberId, request.body),
    );
  };
}
