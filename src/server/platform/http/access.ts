// Every route declares who may call it (`config.access`); a route without one refuses to
// register, so an unguarded endpoint cannot ship. State-changing calls also need the CSRF token.
// An API route also names its operation (`schema.operationId`, `schema.summary`) for the
// OpenAPI document partners generate clients from; without them it refuses to register too.
import { AsyncResource } from 'node:async_hooks';
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest, FastifySchema } from 'fastify';
import { can, type RouteAccess } from '../../../domain/roles';
import type { Actor, FamilyPrincipal } from '../auth/actor';
import { runInCollaboration } from '../db/tenant-context';
import { AppError } from './app-error';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** Also open to a half-signed-in person (the second factor, its enrolment, sign-out; ADR 036). */
    duringSignIn?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** The request's place in its collaboration, carried over the body parsing (see below). */
    tenantScope: AsyncResource | null;
  }
  interface FastifyInstance {
    /** Every route with the access it declared: what the permission tests walk through. */
    declaredRoutes: DeclaredRoute[];
  }
}

/** `schema` holds the route's zod contracts (params, querystring, body): what the bad-input tests fuzz. */
export type DeclaredRoute = { method: string; url: string; access: RouteAccess; schema?: FastifySchema };

export type Authenticator = (request: FastifyRequest) => Promise<Actor | null>;

export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Routes whose access the registering plugin decides (the OpenAPI viewer and the web app). */
function isPluginRoute(url: string): boolean {
  return url.startsWith('/api/docs') || !url.startsWith('/api');
}

export function registerAccessControl(app: FastifyInstance, authenticate: Authenticator) {
  app.decorateRequest('actor', null);
  app.decorateRequest('tenantScope', null);
  const declared: DeclaredRoute[] = [];
  app.decorate('declaredRoutes', declared);

  app.addHook('onRoute', (route) => {
    if (!route.config?.access) {
      if (!isPluginRoute(route.url))
        throw new Error(`Route ${route.method} ${route.url} declares no access permission`);
      route.config = { ...route.config, access: 'public' };
    }
    const access = route.config.access as RouteAccess;
    if (!isPluginRoute(route.url)) refuseUnnamedOperation(route.method, route.url, route.schema);
    for (const method of [route.method].flat())
      declared.push({ method, url: route.url, access, schema: route.schema });
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access || access === 'public') return;
    request.actor = await authenticate(request);
    const actor = request.actor;
    if (!actor) throw new AppError(401, 'UNAUTHENTICATED');
    if (actor.signInStep && !request.routeOptions.config?.duringSignIn)
      throw new AppError(401, 'SIGN_IN_INCOMPLETE');
    if (!SAFE_METHODS.has(request.method) && !csrfMatches(request.headers[CSRF_HEADER], actor.csrfToken)) {
      throw new AppError(403, 'CSRF_TOKEN_INVALID');
    }
    if (!reaches(actor, access)) throw new AppError(403, 'FORBIDDEN');
  });

  // The second wall (ADR 053): the rest of the request — hooks, handler, reply — runs in the
  // actor's collaboration, or outside every one (public routes, sign-in). Callback style, as
  // @fastify/request-context does: Fastify runs the next hooks inside `done`. Parsing the body
  // continues from the request stream's events, outside that call; preValidation re-enters it.
  app.addHook('onRequest', (request, _reply, done) => {
    runInCollaboration(request.actor?.collaborationId ?? null, () => {
      request.tenantScope = new AsyncResource('eenplan.collaboration');
      done();
    });
  });
  app.addHook('preValidation', (request, _reply, done) => {
    if (request.tenantScope) request.tenantScope.runInAsyncScope(done, request.raw);
    else done();
  });
}

/** A family account reaches its portal and its own account; a professional everything but the portal. */
function reaches(actor: Actor, access: RouteAccess): boolean {
  if (access === 'public' || access === 'authenticated') return true;
  if (access === 'family') return actor.family !== undefined;
  if (actor.family) return false;
  return access === 'staff' || can(actor.roles, access);
}

/** An operation's name is what a generated client calls it: the use case, in camelCase. */
function refuseUnnamedOperation(method: string | string[], url: string, schema: FastifySchema | undefined) {
  if (!schema?.operationId || !schema.summary)
    throw new Error(`Route ${method} ${url} declares no operationId and summary`);
  if (!/^[a-z][a-zA-Z0-9]*$/.test(schema.operationId))
    throw new Error(`Route ${method} ${url}: operationId ${schema.operationId} is not camelCase`);
}

function csrfMatches(header: string | string[] | undefined, expected: string): boolean {
  if (typeof header !== 'string') return false;
  const a = Buffer.from(header);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The family account of a route that declared `family` access (issue 13). */
export function familyActorOf(request: FastifyRequest): Actor & { family: FamilyPrincipal } {
  const actor = actorOf(request);
  if (!actor.family) throw new AppError(403, 'FORBIDDEN');
  return actor as Actor & { family: FamilyPrincipal };
}

/** The signed-in actor of a route that declared a non-public access. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError(401, 'UNAUTHENTICATED');
  return request.actor;
}
