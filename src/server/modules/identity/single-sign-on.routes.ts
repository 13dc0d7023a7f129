import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams } from '../../../contracts/common';
import {
  publicSignInProviders,
  signInProviderBody,
  signInProvidersResponse,
  singleSignOnCallbackQuery,
} from '../../../contracts/single-sign-on';
import type { Clock } from '../../../domain/clock';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import { finishSingleSignOn } from './finish-single-sign-on';
import {
  listSignInProviderChoices,
  listSignInProvidersOf,
  SINGLE_SIGN_ON_CALLBACK_PATH,
} from './list-sign-in-providers';
import { saveSignInProvider } from './save-sign-in-provider';
import { sessionCookieOptions } from './session-cookie';
import { SESSION_COOKIE } from './session-token';
import { startSingleSignOn } from './start-single-sign-on';

const tags = ['identity'];
const STATE_COOKIE = 'eenplan_sso_state';
const STATE_COOKIE_PATH = '/api/v1/auth/sso';

/** Organisational single sign-on through OpenID Connect (issue #12, ADR 038). */
export function singleSignOnRoutes(deps: {
  db: Db;
  clock: Clock;
  secureCookies: boolean;
  publicUrl: string;
}): FastifyPluginAsyncZod {
  const redirectUri = `${deps.publicUrl}${SINGLE_SIGN_ON_CALLBACK_PATH}`;
  // The same cookie as a password sign-in; the short-lived state cookie only on the SSO path.
  const sessionCookie = sessionCookieOptions(deps.secureCookies);
  const stateCookie = { ...sessionCookie, path: STATE_COOKIE_PATH };
  // The sign-in page shows why it did not work; the codes are the contract's.
  const failedSignIn = (failure: string) => `${deps.publicUrl}/login?sso=${encodeURIComponent(failure)}`;

  return async (app) => {
    app.get(
      '/api/v1/auth/sso/providers',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'listSignInProviderChoices',
          summary: 'List the organisations whose people can sign in with their own provider',
          tags,
          response: { 200: publicSignInProviders },
        },
      },
      async () => ({ providers: await listSignInProviderChoices(deps.db) }),
    );

    app.get(
      '/api/v1/auth/sso/:id/start',
      {
        config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: {
          operationId: 'startSingleSignOn',
          summary: "Send the browser to the organisation's identity provider",
          tags,
          params: idParams,
          response: { 302: z.null(), ...errorResponses(400, 429) },
        },
      },
      async (request, reply) => {
        const started = await startSingleSignOn(deps.db, request.params.id, redirectUri, deps.clock.now());
        if (!started.ok) return reply.redirect(failedSignIn(started.failure));
        reply.setCookie(STATE_COOKIE, started.state, { ...stateCookie, maxAge: started.maxAgeSeconds });
        return reply.redirect(started.url);
      },
    );

    app.get(
      SINGLE_SIGN_ON_CALLBACK_PATH,
      {
        config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: {
          operationId: 'finishSingleSignOn',
          summary: 'Receive the answer of the identity provider and sign in',
          tags,
          querystring: singleSignOnCallbackQuery,
          response: { 302: z.null(), ...errorResponses(400, 429) },
        },
      },
      async (request, reply) => {
        const outcome = await finishSingleSignOn(
          deps.db,
          {
            url: new URL(`${deps.publicUrl}${request.url}`),
            state: request.query.state,
            browserState: request.cookies[STATE_COOKIE],
            error: request.query.error,
            client: { userAgent: request.headers['user-agent'], ip: request.ip },
          },
          deps.clock.now(),
        );
        reply.clearCookie(STATE_COOKIE, stateCookie);
        if (!outcome.ok) return reply.redirect(failedSignIn(outcome.failure));
        reply.setCookie(SESSION_COOKIE, outcome.session.token, {
          ...sessionCookie,
          maxAge: outcome.session.maxAgeSeconds,
        });
        return reply.redirect(`${deps.publicUrl}/`);
      },
    );

    app.get(
      '/api/v1/sign-in-providers',
      {
        config: { access: 'session:configure' },
        schema: {
          operationId: 'listSignInProviders',
          summary: "List the partner organisations' identity providers",
          tags,
          response: { 200: signInProvidersResponse },
        },
      },
      async (request) => listSignInProvidersOf(deps.db, actorOf(request), deps.publicUrl),
    );

    app.put(
      '/api/v1/sign-in-providers',
      {
        config: { access: 'session:configure' },
        schema: {
          operationId: 'saveSignInProvider',
          summary: "Set, change or switch off a partner organisation's identity provider",
          tags,
          body: signInProviderBody,
          response: { 200: signInProvidersResponse, ...errorResponses(400, 422) },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        await saveSignInProvider(deps.db, actor, request.body);
        return listSignInProvidersOf(deps.db, actor, deps.publicUrl);
      },
    );
  };
}
