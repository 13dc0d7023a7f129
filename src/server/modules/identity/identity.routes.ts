import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../../contracts/common';
import {
  localeBody,
  lockedAccountDto,
  loginBody,
  loginResponse,
  sessionPolicyBody,
  sessionResponse,
} from '../../../contracts/identity';
import type { Clock } from '../../../domain/clock';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import { AppError } from '../../platform/http/app-error';
import { getSession } from './get-session';
import { findSessionPolicy, updateUserLocale } from './identity.repository';
import { listLockedAccounts } from './list-locked-accounts';
import { logIn } from './log-in';
import { logOut } from './log-out';
import { sessionCookieOptions } from './session-cookie';
import { SESSION_COOKIE } from './session-token';
import { unlockAccount } from './unlock-account';
import { updateSessionPolicy } from './update-session-policy';

const tags = ['identity'];
const LOGIN_WINDOW_MINUTES = 15;

export function identityRoutes(deps: {
  db: Db;
  clock: Clock;
  secureCookies: boolean;
}): FastifyPluginAsyncZod {
  const cookieOptions = sessionCookieOptions(deps.secureCookies);

  return async (app) => {
    app.post(
      '/api/v1/auth/login',
      {
        config: {
          access: 'public',
          // Per address and client: slows guessing one account without locking out a whole office.
          // The address is the socket's unless a trusted proxy is configured (ADR 018).
          rateLimit: {
            max: 10,
            timeWindow: `${LOGIN_WINDOW_MINUTES} minutes`,
            hook: 'preHandler',
            keyGenerator: (req) =>
              `${req.ip}:${String((req.body as { email?: unknown })?.email).toLowerCase()}`,
            // The real wait, in minutes, in the caller's language.
            errorResponseBuilder: (_req, context) =>
              new AppError(429, 'TOO_MANY_SIGN_IN_ATTEMPTS', {
                params: { count: Math.max(1, Math.ceil(context.ttl / 60_000)) },
              }),
          },
        },
        schema: {
          operationId: 'logIn',
          summary:
            'Sign in: sets the session cookie and answers the CSRF token, or the second step still due (ADR 036)',
          tags,
          body: loginBody,
          response: { 200: loginResponse, 401: errorResponse, 429: errorResponse },
        },
      },
      async (request, reply) => {
        const { token, maxAgeSeconds, ...session } = await logIn(deps.db, request.body, deps.clock.now(), {
          userAgent: request.headers['user-agent'],
          ip: request.ip,
        });
        reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: maxAgeSeconds });
        return session;
      },
    );

    app.get(
      '/api/v1/auth/session',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'getSession',
          summary: 'Get the signed-in user and the CSRF token',
          tags,
          response: { 200: sessionResponse },
        },
      },
      async (request) => getSession(deps.db, actorOf(request)),
    );

    app.post(
      '/api/v1/auth/logout',
      {
        // A half-signed-in person may give up and start again (ADR 036).
        config: { access: 'authenticated', duringSignIn: true },
        schema: { operationId: 'logOut', summary: 'Sign out', tags, response: { 204: z.null() } },
      },
      async (request, reply) => {
        await logOut(deps.db, actorOf(request));
        reply.clearCookie(SESSION_COOKIE, cookieOptions);
        return reply.status(204).send(null);
      },
    );

    app.put(
      '/api/v1/auth/locale',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'updateUserLocale',
          summary: "Change the signed-in user's language",
          tags,
          body: localeBody,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await updateUserLocale(deps.db, actorOf(request).userId, request.body.locale);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/users/locked',
      {
        config: { access: 'account:unlock' },
        schema: {
          operationId: 'listLockedAccounts',
          summary: 'List the accounts locked after failed sign-ins',
          tags,
          response: { 200: z.array(lockedAccountDto) },
        },
      },
      async (request) => listLockedAccounts(deps.db, actorOf(request)),
    );

    app.post(
      '/api/v1/users/:userId/unlock',
      {
        config: { access: 'account:unlock' },
        schema: {
          operationId: 'unlockAccount',
          summary: 'Unlock an account',
          tags,
          params: z.object({ userId: z.uuid() }),
          response: { 204: z.null(), 404: errorResponse },
        },
      },
      async (request, reply) => {
        await unlockAccount(deps.db, actorOf(request), request.params.userId);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/auth/session-policy',
      {
        config: { access: 'session:configure' },
        schema: {
          operationId: 'getSessionPolicy',
          summary: 'Get the session policy',
          tags,
          response: { 200: sessionPolicyBody },
        },
      },
      async (request) => findSessionPolicy(deps.db, actorOf(request).collaborationId),
    );

    app.put(
      '/api/v1/auth/session-policy',
      {
        config: { access: 'session:configure' },
        schema: {
          operationId: 'updateSessionPolicy',
          summary: 'Update the session policy',
          tags,
          body: sessionPolicyBody,
          response: { 200: sessionPolicyBody },
        },
      },
      async (request) => updateSessionPolicy(deps.db, actorOf(request), request.body),
    );
  };
}
