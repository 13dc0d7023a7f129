import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accountDto, inviteBody, resetSecondFactorBody, rolesBody } from '../../../contracts/accounts';
import { errorResponse } from '../../../contracts/common';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import { changeRoles } from './change-roles';
import { deactivatePerson } from './deactivate-person';
import { invitePerson } from './invite-person';
import type { InvitationOptions } from './issue-invitation';
import { listAccounts } from './list-accounts';
import { reinvitePerson } from './reinvite-person';
import { resetSecondFactor } from './reset-second-factor';

const tags = ['identity'];
const userParams = z.object({ userId: z.uuid() });
const answers = { 200: accountDto, 404: errorResponse, 422: errorResponse };

/** Issue 12: the people of a collaboration and their accounts, for the administrator and the coordinator. */
export function accountsRoutes(deps: { db: Db } & InvitationOptions): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/api/v1/accounts',
      {
        config: { access: 'account:manage' },
        schema: {
          operationId: 'listAccounts',
          summary: "List the collaboration's people with their roles and account status",
          tags,
          response: { 200: z.array(accountDto) },
        },
      },
      async (request) => listAccounts(db, actorOf(request)),
    );

    app.post(
      '/api/v1/accounts',
      {
        config: { access: 'account:manage' },
        schema: {
          operationId: 'invitePerson',
          summary: 'Invite a person by e-mail with their roles and organisation',
          tags,
          body: inviteBody,
          response: { 201: accountDto, 422: errorResponse },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await invitePerson(db, actorOf(request), request.body, deps)),
    );

    app.put(
      '/api/v1/accounts/:userId/roles',
      {
        config: { access: 'account:manage' },
        schema: {
          operationId: 'changeRoles',
          summary: "Change a person's roles and organisation",
          tags,
          params: userParams,
          body: rolesBody,
          response: { ...answers, 409: errorResponse },
        },
      },
      async (request) => changeRoles(db, actorOf(request), request.params.userId, request.body),
    );

    app.post(
      '/api/v1/accounts/:userId/deactivate',
      {
        config: { access: 'account:manage' },
        schema: {
          operationId: 'deactivatePerson',
          summary: 'Deactivate an account: every session ends at once; history stays',
          tags,
          params: userParams,
          response: answers,
        },
      },
      async (request) => deactivatePerson(db, actorOf(request), request.params.userId),
    );

    app.post(
      '/api/v1/accounts/:userId/reinvite',
      {
        config: { access: 'account:manage' },
        schema: {
          operationId: 'reinvitePerson',
          summary: 'Send a new invitation link (older links stop working)',
          tags,
          params: userParams,
          response: answers,
        },
      },
      async (request) => reinvitePerson(db, actorOf(request), request.params.userId, deps),
    );

    app.post(
      '/api/v1/accounts/:userId/second-factor/reset',
      {
        config: { access: 'account:manage' },
        schema: {
          operationId: 'resetSecondFactor',
          summary:
            "Reset a person's lost second factor (app, recovery codes, passkeys): sessions end, a mail tells them",
          tags,
          params: userParams,
          body: resetSecondFactorBody,
          response: answers,
        },
      },
      async (request) => resetSecondFactor(db, actorOf(request), request.params.userId, request.body, deps),
    );
  };
}
