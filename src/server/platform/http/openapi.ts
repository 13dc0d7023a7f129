// The OpenAPI document partners generate their clients from (issue 11). What a route declares
// for access decides what the document says about it, so the two cannot drift: its security
// requirement and the 4xx answers the platform gives before the handler runs.
import type { FastifyDynamicSwaggerOptions, SwaggerTransform } from '@fastify/swagger';
import type { FastifySchema } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../../contracts/common';
import type { RouteAccess } from '../../../domain/roles';
import { CSRF_HEADER } from './access';

export const openApiDocument: FastifyDynamicSwaggerOptions['openapi'] = {
  info: {
    title: 'eenplan API',
    version: '1',
    description:
      'Integration API of eenplan for partner systems and the funding agency. Sign in with ' +
      '`POST /api/v1/auth/login`: the answer sets the session cookie and carries a `csrfToken`, ' +
      `which every state-changing call (POST, PUT, DELETE) sends back in the \`${CSRF_HEADER}\` header. ` +
      'Errors answer `{ error: { code, message, details } }`.',
  },
  servers: [{ url: '/', description: 'The eenplan installation serving this document' }],
  components: {
    securitySchemes: {
      session: { type: 'apiKey', in: 'cookie', name: 'eenplan_session' },
      csrf: {
        type: 'apiKey',
        in: 'header',
        name: CSRF_HEADER,
        description: 'The `csrfToken` of the session; required on every POST, PUT and DELETE.',
      },
    },
  },
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Public routes need nothing; reads the session cookie; writes the cookie and the CSRF header. */
export function operationSecurity(access: RouteAccess, method: string) {
  if (access === 'public') return [];
  return SAFE_METHODS.has(method) ? [{ session: [] }] : [{ session: [], csrf: [] }];
}

/**
 * The 4xx answers any route can give before its handler runs: 400 for bad input (every route,
 * since a NUL byte in the query is refused everywhere), 401 without a session, 403 without the
 * permission or the CSRF header, 404 for an id in the path that is not there (or not yours).
 */
export function platformErrors(access: RouteAccess, method: string, schema: FastifySchema | undefined) {
  const statuses: number[] = [400];
  if (access !== 'public') statuses.push(401);
  if (access !== 'public' && (access !== 'authenticated' || !SAFE_METHODS.has(method))) statuses.push(403);
  if (schema?.params) statuses.push(404);
  return errorResponses(...statuses);
}

/** File downloads (PDF, Word, CSV, iCalendar) declare no 2xx schema: the document names the file. */
const fileAnswer = { 200: z.string().describe('The file, in the content type the route produces') };

/** The swagger transform: adds the derived security and answers, then zod → JSON Schema. */
export const openApiTransform: SwaggerTransform = ({ schema, url, route, ...document }) => {
  const access = route.config?.access;
  const method = [route.method].flat()[0] ?? 'GET';
  if (!access || !schema) return jsonSchemaTransform({ schema, url, route, ...document });
  const declared = (schema.response ?? {}) as Record<string, unknown>;
  const hasSuccess = Object.keys(declared).some((status) => status.startsWith('2'));
  const response = {
    ...platformErrors(access, method, schema),
    ...(hasSuccess || !schema.produces ? {} : fileAnswer),
    ...declared,
  };
  const derived = { ...schema, security: operationSecurity(access, method), response };
  const transformed = jsonSchemaTransform({ schema: derived, url, route, ...document });
  tidyForOpenApi30(transformed.schema);
  return transformed;
};

/**
 * Two shapes zod's JSON Schema gives that OpenAPI 3.0 reads differently, rewritten to what they
 * mean: `nullable` beside `anyOf` (no `type`) moves into the branches, and a record keyed by an
 * enum (every key required, values in `additionalProperties`) lists its keys as properties.
 */
export function tidyForOpenApi30(node: unknown): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) tidyForOpenApi30(item);
    return;
  }
  const schema = node as Record<string, unknown>;
  if (schema.nullable === true && schema.type === undefined && Array.isArray(schema.anyOf)) {
    for (const branch of schema.anyOf) if (branch && typeof branch === 'object') branch.nullable = true;
    delete schema.nullable;
  }
  const value = schema.additionalProperties;
  if (Array.isArray(schema.required) && schema.properties === undefined && typeof value === 'object') {
    schema.properties = Object.fromEntries(schema.required.map((key) => [String(key), value]));
  }
  for (const child of Object.values(schema)) tidyForOpenApi30(child);
}
