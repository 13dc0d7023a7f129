import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  decisionDto,
  decisionInput,
  decisionsQuery,
  decisionUpdate,
  todoDto,
  todoInput,
  todoListResponse,
  todosQuery,
  todoUpdate,
} from '../../../../contracts/governance/outcomes';
import { governanceIdParams } from '../../../../contracts/governance/shared';
import type { Db } from '../../../platform/db/database';
import { actorOf } from '../../../platform/http/access';
import { BASE, errors, tags } from '../route-support';
import { createTodo } from './create-todo';
import { listDecisions } from './list-decisions';
import { listTodos } from './list-todos';
import { recordDecision } from './record-decision';
import { updateDecision } from './update-decision';
import { updateTodo } from './update-todo';

/** The decision register (R14) and the to-do list (R15), across meetings. */
export function outcomesRoutes({ db }: { db: Db }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      `${BASE}/decisions`,
      {
        config: { access: 'governance:read' },
        schema: {
          operationId: 'listDecisions',
          summary: 'List the decisions of governance bodies',
          tags,
          querystring: decisionsQuery,
          response: { 200: z.array(decisionDto) },
        },
      },
      async (request) => listDecisions(db, actorOf(request), request.query),
    );

    app.post(
      `${BASE}/decisions`,
      {
        config: { access: 'governance:manage' },
        schema: {
          operationId: 'recordDecision',
          summary: 'Record a decision',
          tags,
          body: decisionInput,
          response: { 201: decisionDto, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await recordDecision(db, actorOf(request), request.body)),
    );

    app.put(
      `${BASE}/decisions/:id`,
      {
        config: { access: 'governance:manage' },
        schema: {
          operationId: 'updateDecision',
          summary: 'Update a decision',
          tags,
          params: governanceIdParams,
          body: decisionUpdate,
          response: { 200: decisionDto, ...errors },
        },
      },
      async (request) => updateDecision(db, actorOf(request), request.params.id, request.body),
    );

    app.get(
      `${BASE}/todos`,
      {
        config: { access: 'governance:read' },
        schema: {
          operationId: 'listTodos',
          summary: 'List the to-dos carried from meeting to meeting (R15)',
          tags,
          querystring: todosQuery,
          response: { 200: todoListResponse },
        },
      },
      async (request) => listTodos(db, actorOf(request), request.query),
    );

    app.post(
      `${BASE}/todos`,
      {
        config: { access: 'governance:manage' },
        schema: {
          operationId: 'createTodo',
          summary: 'Create a to-do',
          tags,
          body: todoInput,
          response: { 201: todoDto, ...errors },
        },
      },
      async (request, reply) => reply.status(201).send(await createTodo(db, actorOf(request), request.body)),
    );

    app.put(
      `${BASE}/todos/:id`,
      {
        config: { access: 'governance:manage' },
        schema: {
          operationId: 'updateTodo',
          summary: 'Update a to-do',
          tags,
          params: governanceIdParams,
          body: todoUpdate,
          response: { 200: todoDto, ...errors },
        },
      },
      async (request) => updateTodo(db, actorOf(request), request.params.id, request.body),
    );
  };
}
