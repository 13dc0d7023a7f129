import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../../contracts/common';
import { localeBody, loginBody, sessionResponse } from '../../../contracts/identity';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import { getSession } from './get-session';
import { deleteSession, updateUserLocale } from './identity.repository';
import { logIn } from './log-in';
import { SESSION_COOKIE, SESSION_IDLE_MS } from './session-token';

const tags = ['identity'];

export function identityRoutes(deps: { db: Db; secureCookies: boolean }): FastifyPluginAsyncZod {
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: deps.secureCookies,
    path: '/',
  };

  return async (app) => {
    app.post(
      '/api/v1/auth/login',
      {
        config: {
          access: 'public',
          // Per address and client: slows guessing one account without locking out a whole office.
          rateLimit: {
            max: 10,
            timeWindow: '15 minutes',
            hook: 'preHandler',
            keyGenerator: (req) =>
              `${req.ip}:${String((req.body as { email?: unknown })?.email).toLowerCase()}`,
          },
        },
        schema: { tags, body: loginBody, response: { 200: sessionResponse, 401: errorResponse } },
      },
      async (request, reply) => {
        const { token, ...session } = await logIn(deps.db, request.body);
        reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: SESSION_IDLE_MS / 1000 });
        return session;
      },
    );

    app.get(
      '/api/v1/auth/session',
      { config: { access: 'authenticated' }, schema: { tags, response: { 200: sessionResponse } } },
      async (request) => getSession(deps.db, actorOf(request)),
    );

    app.post(
      '/api/v1/auth/logout',
      { config: { access: 'authenticated' }, schema: { tags, response: { 204: z.null() } } },
      async (request, reply) => {
        await deleteSession(deps.db, actorOf(request).sessionId);
        reply.clearCookie(SESSION_COOKIE, cookieOptions);
        return reply.status(204).send(null);
      },
    );

    app.put(
      '/api/v1/auth/locale',
      {
        config: { access: 'authenticated' },
        schema: { tags, body: localeBody, response: { 204: z.null() } },
      },
      async (request, reply) => {
        await updateUserLocale(deps.db, actorOf(request).userId, request.body.locale);
        return reply.status(204).send(null);
      },
    );
  };
}
