import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { acceptInvitationBody, invitationDto, invitationTokenBody } from '../../../contracts/accounts';
import { errorResponse } from '../../../contracts/common';
import { loginResponse } from '../../../contracts/identity';
import type { Clock } from '../../../domain/clock';
import type { Db } from '../../platform/db/database';
import { acceptInvitation } from './accept-invitation';
import { getInvitation } from './get-invitation';
import { sessionCookieOptions } from './session-cookie';
import { SESSION_COOKIE } from './session-token';

const tags = ['identity'];
// Tokens are 256 random bits, so guessing is hopeless; the limit keeps the trail of tries short.
const rateLimit = { max: 20, timeWindow: '15 minutes', hook: 'preHandler' as const };
const refusals = { 404: errorResponse, 409: errorResponse, 422: errorResponse, 429: errorResponse };

/** Issue 12: the invitation link, opened by someone who has no account yet (public routes). */
export function invitationsRoutes(deps: {
  db: Db;
  clock: Clock;
  secureCookies: boolean;
}): FastifyPluginAsyncZod {
  return async (app) => {
    // POST, not GET /invitations/:token: the token stays out of URLs and so out of every log.
    app.post(
      '/api/v1/invitations/lookup',
      {
        config: { access: 'public', rateLimit },
        schema: {
          operationId: 'getInvitation',
          summary: 'Whom an invitation link is for (the token in the body)',
          tags,
          body: invitationTokenBody,
          response: { 200: invitationDto, ...refusals },
        },
      },
      async (request) => getInvitation(deps.db, request.body.token, deps.clock.now()),
    );

    app.post(
      '/api/v1/invitations/accept',
      {
        config: { access: 'public', rateLimit },
        schema: {
          operationId: 'acceptInvitation',
          summary: 'Set the password of an invited account and sign in (one use)',
          tags,
          body: acceptInvitationBody,
          response: { 200: loginResponse, ...refusals },
        },
      },
      async (request, reply) => {
        const { token, maxAgeSeconds, ...session } = await acceptInvitation(
          deps.db,
          request.body,
          deps.clock.now(),
          { userAgent: request.headers['user-agent'], ip: request.ip },
        );
        reply.setCookie(SESSION_COOKIE, token, {
          ...sessionCookieOptions(deps.secureCookies),
          maxAge: maxAgeSeconds,
        });
        return session;
      },
    );
  };
}
