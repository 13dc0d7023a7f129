// "Forgot password" (ADR 037): public, like the login it leads back to.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../../contracts/common';
import { passwordResetRequestBody, resetPasswordBody } from '../../../contracts/identity';
import type { Clock } from '../../../domain/clock';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { requestPasswordReset } from './request-password-reset';
import { resetPassword } from './reset-password';

const tags = ['identity'];

export function passwordResetRoutes(deps: {
  db: Db;
  clock: Clock;
  publicUrl: string;
}): FastifyPluginAsyncZod {
  // The link points at the configured address, never at the request's Host header: a forged
  // Host would otherwise mail the person a working token on someone else's site.
  const resetPageUrl = new URL('/reset-password', deps.publicUrl).toString();

  return async (app) => {
    app.post(
      '/api/v1/auth/password-reset',
      {
        config: {
          access: 'public',
          // Per address and e-mail: no mail flood to one person, no fast probing from one client.
          rateLimit: {
            max: 5,
            timeWindow: '15 minutes',
            hook: 'preHandler',
            keyGenerator: (req) =>
              `${req.ip}:reset:${String((req.body as { email?: unknown })?.email).toLowerCase()}`,
            errorResponseBuilder: (_req, context) =>
              new AppError(429, 'TOO_MANY_SIGN_IN_ATTEMPTS', {
                params: { count: Math.max(1, Math.ceil(context.ttl / 60_000)) },
              }),
          },
        },
        schema: {
          operationId: 'requestPasswordReset',
          summary:
            'Forgot password: mails a one-use link if the address has an account; the same answer either way',
          tags,
          body: passwordResetRequestBody,
          response: { 202: z.null(), 429: errorResponse },
        },
      },
      async (request, reply) => {
        // Answered first, the work done after: the same answer in the same time, account or not.
        await reply.status(202).send(null);
        const now = deps.clock.now();
        await requestPasswordReset(deps.db, request.body.email, now, resetPageUrl).catch((error: unknown) =>
          request.log.error({ err: error }, 'password reset request failed'),
        );
      },
    );

    app.post(
      '/api/v1/auth/password-reset/confirm',
      {
        config: { access: 'public', rateLimit: { max: 10, timeWindow: '15 minutes', hook: 'preHandler' } },
        schema: {
          operationId: 'resetPassword',
          summary: 'Set a new password with the link of the mail; ends every session of the account',
          tags,
          body: resetPasswordBody,
          response: { 204: z.null(), 422: errorResponse },
        },
      },
      async (request, reply) => {
        await resetPassword(deps.db, request.body, deps.clock.now());
        return reply.status(204).send(null);
      },
    );
  };
}
