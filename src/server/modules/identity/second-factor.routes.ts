// The second factor and where a person is signed in (ADR 036, 037).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../../contracts/common';
import {
  confirmEnrolmentBody,
  emailCodeSentDto,
  enrolledDto,
  enrolmentDto,
  secondFactorBody,
  secondFactorOptionsDto,
  secondFactorPolicyBody,
  secondFactorStatusDto,
  sessionResponse,
  signedInSessionDto,
} from '../../../contracts/identity';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import { AppError } from '../../platform/http/app-error';
import { confirmEmailEnrolment } from './confirm-email-enrolment';
import { confirmEnrolment } from './confirm-enrolment';
import { getSecondFactorOptions } from './get-second-factor-options';
import { getSecondFactorStatus } from './get-second-factor-status';
import { listSessions } from './list-sessions';
import { revokeOtherSessions } from './revoke-other-sessions';
import { revokeSession } from './revoke-session';
import { findSecondFactorRule } from './second-factor.repository';
import { sendEmailCode } from './send-email-code';
import { sessionCookieOptions } from './session-cookie';
import { SESSION_COOKIE } from './session-token';
import { startEnrolment } from './start-enrolment';
import { updateSecondFactorPolicy } from './update-second-factor-policy';
import { verifySecondFactor } from './verify-second-factor';
import { relyingPartyOf } from './webauthn';

const tags = ['identity'];
const WINDOW_MINUTES = 15;

export function secondFactorRoutes(deps: {
  db: Db;
  secureCookies: boolean;
  publicUrl: string;
}): FastifyPluginAsyncZod {
  const cookieOptions = sessionCookieOptions(deps.secureCookies);
  const rp = relyingPartyOf(deps.publicUrl);

  return async (app) => {
    app.post(
      '/api/v1/auth/second-factor/verify',
      {
        config: {
          access: 'authenticated',
          duringSignIn: true,
          // Beside the account's lockout (ADR 018): one client cannot try codes on many accounts fast.
          rateLimit: {
            max: 10,
            timeWindow: `${WINDOW_MINUTES} minutes`,
            hook: 'preHandler',
            keyGenerator: (req) => `${req.ip}:${req.actor?.userId}`,
            errorResponseBuilder: (_req, context) =>
              new AppError(429, 'TOO_MANY_SIGN_IN_ATTEMPTS', {
                params: { count: Math.max(1, Math.ceil(context.ttl / 60_000)) },
              }),
          },
        },
        schema: {
          operationId: 'verifySecondFactor',
          summary:
            'Second step of signing in: an authenticator code, a recovery code, a passkey or a mailed code',
          tags,
          body: secondFactorBody,
          response: { 200: sessionResponse, 401: errorResponse, 409: errorResponse, 429: errorResponse },
        },
      },
      async (request, reply) => {
        const { token, maxAgeSeconds, ...session } = await verifySecondFactor(
          deps.db,
          actorOf(request),
          request.body,
          { userAgent: request.headers['user-agent'], ip: request.ip },
          rp,
        );
        reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: maxAgeSeconds });
        return session;
      },
    );

    app.get(
      '/api/v1/auth/second-factor',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'getSecondFactorStatus',
          summary:
            'Whether the signed-in person has an authenticator, must have one, and recovery codes left',
          tags,
          response: { 200: secondFactorStatusDto },
        },
      },
      async (request) => getSecondFactorStatus(deps.db, actorOf(request)),
    );

    app.post(
      '/api/v1/auth/second-factor/enrolment',
      {
        config: { access: 'authenticated', duringSignIn: true },
        schema: {
          operationId: 'startSecondFactorEnrolment',
          summary: 'Start enrolling an authenticator app: the secret, shown this once',
          tags,
          response: { 200: enrolmentDto },
        },
      },
      async (request) => startEnrolment(deps.db, actorOf(request)),
    );

    app.post(
      '/api/v1/auth/second-factor/enrolment/confirm',
      {
        config: {
          access: 'authenticated',
          duringSignIn: true,
          rateLimit: { max: 20, timeWindow: `${WINDOW_MINUTES} minutes`, hook: 'preHandler' },
        },
        schema: {
          operationId: 'confirmSecondFactorEnrolment',
          summary: 'Confirm the authenticator with a first code: answers the recovery codes, shown this once',
          tags,
          body: confirmEnrolmentBody,
          response: { 200: enrolledDto, 422: errorResponse },
        },
      },
      async (request, reply) => {
        const { opened, ...enrolled } = await confirmEnrolment(deps.db, actorOf(request), request.body.code, {
          userAgent: request.headers['user-agent'],
          ip: request.ip,
        });
        if (opened)
          reply.setCookie(SESSION_COOKIE, opened.token, { ...cookieOptions, maxAge: opened.maxAgeSeconds });
        return enrolled;
      },
    );

    app.get(
      '/api/v1/auth/second-factor/options',
      {
        config: { access: 'authenticated', duringSignIn: true },
        schema: {
          operationId: 'getSecondFactorOptions',
          summary: 'Which second steps the person has, and whether a code by e-mail is open to them',
          tags,
          response: { 200: secondFactorOptionsDto },
        },
      },
      async (request) => getSecondFactorOptions(deps.db, actorOf(request)),
    );

    app.post(
      '/api/v1/auth/second-factor/email-code',
      {
        config: {
          access: 'authenticated',
          duringSignIn: true,
          // Beside the one-a-minute rule of the use case: a ceiling per client and account.
          rateLimit: {
            max: 10,
            timeWindow: `${WINDOW_MINUTES} minutes`,
            hook: 'preHandler',
            keyGenerator: (req) => `${req.ip}:${req.actor?.userId}`,
          },
        },
        schema: {
          operationId: 'sendEmailCode',
          summary: 'Mail a six-digit code: to sign in (when due), or to prove the mailbox for enrolment',
          tags,
          response: { 200: emailCodeSentDto, 403: errorResponse, 422: errorResponse, 429: errorResponse },
        },
      },
      async (request) => sendEmailCode(deps.db, actorOf(request)),
    );

    app.post(
      '/api/v1/auth/second-factor/email-enrolment/confirm',
      {
        config: {
          access: 'authenticated',
          duringSignIn: true,
          rateLimit: { max: 20, timeWindow: `${WINDOW_MINUTES} minutes`, hook: 'preHandler' },
        },
        schema: {
          operationId: 'confirmEmailEnrolment',
          summary: 'Confirm the mailbox with the mailed code: sign-in asks for a mailed code from now on',
          tags,
          body: confirmEnrolmentBody,
          response: { 200: enrolledDto, 422: errorResponse },
        },
      },
      async (request, reply) => {
        const { opened, ...enrolled } = await confirmEmailEnrolment(
          deps.db,
          actorOf(request),
          request.body.code,
          { userAgent: request.headers['user-agent'], ip: request.ip },
        );
        if (opened)
          reply.setCookie(SESSION_COOKIE, opened.token, { ...cookieOptions, maxAge: opened.maxAgeSeconds });
        return enrolled;
      },
    );

    app.get(
      '/api/v1/auth/second-factor-policy',
      {
        config: { access: 'session:configure' },
        schema: {
          operationId: 'getSecondFactorPolicy',
          summary: 'Get who must sign in with a second factor',
          tags,
          response: { 200: secondFactorPolicyBody },
        },
      },
      async (request) => ({
        requiredFor: await findSecondFactorRule(deps.db, actorOf(request).collaborationId),
      }),
    );

    app.put(
      '/api/v1/auth/second-factor-policy',
      {
        config: { access: 'session:configure' },
        schema: {
          operationId: 'updateSecondFactorPolicy',
          summary: 'Set who must sign in with a second factor',
          tags,
          body: secondFactorPolicyBody,
          response: { 200: secondFactorPolicyBody },
        },
      },
      async (request) => updateSecondFactorPolicy(deps.db, actorOf(request), request.body),
    );

    app.get(
      '/api/v1/auth/sessions',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'listSessions',
          summary: 'Where the signed-in person is signed in',
          tags,
          response: { 200: z.array(signedInSessionDto) },
        },
      },
      async (request) => listSessions(deps.db, actorOf(request)),
    );

    app.delete(
      '/api/v1/auth/sessions/:sessionId',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'revokeSession',
          summary: 'Sign out on one device',
          tags,
          params: z.object({ sessionId: z.string().regex(/^[0-9a-f]{64}$/) }),
          response: { 204: z.null(), 404: errorResponse },
        },
      },
      async (request, reply) => {
        await revokeSession(deps.db, actorOf(request), request.params.sessionId);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/v1/auth/sessions/sign-out-others',
      {
        config: { access: 'authenticated' },
        schema: {
          operationId: 'revokeOtherSessions',
          summary: 'Sign out everywhere but here',
          tags,
          response: { 200: z.object({ ended: z.number().int() }) },
        },
      },
      async (request) => revokeOtherSessions(deps.db, actorOf(request)),
    );
  };
}
