// The HTTP shell every module plugs into: zod contracts, security headers, cookies, rate
// limits, OpenAPI at /api/docs, uniform errors, and the built web app with SPA fallback.
import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { translateError } from '../i18n/error-messages';
import { type Authenticator, registerAccessControl } from './access';
import { errorHandler, requestLocale } from './error-handler';
import { allowGracefulStop } from './graceful-stop';
import { serializeError, serializeRequest } from './log-redaction';
import { openApiDocument, openApiTransform } from './openapi';
import { refuseNul } from './refuse-nul';

export type HttpOptions = {
  authenticate: Authenticator;
  logLevel: string;
  /** Where log lines go (standard output when absent); tests read them. */
  logStream?: { write: (line: string) => void };
  webDir: string | null;
  bodyLimitBytes?: number;
  /**
   * Addresses or CIDR ranges of the reverse proxies whose X-Forwarded-For is believed (ADR 018).
   * None by default: the client address is the socket's, so a forged header changes nothing.
   */
  trustedProxies?: readonly string[];
};

export async function createHttpServer(options: HttpOptions) {
  const app = Fastify({
    // No personal data in a log line: errors without values, requests without query or body.
    logger: {
      level: options.logLevel,
      serializers: { err: (e) => serializeError(e), error: (e) => serializeError(e), req: serializeRequest },
      redact: {
        paths: ['req.headers', 'body', 'params', 'query', '*.params', '*.body', '*.detail'],
        censor: '[redacted]',
      },
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    bodyLimit: options.bodyLimitBytes ?? 2 * 1024 * 1024,
    // A bad URL or an overlong path parameter answers like every other bad input.
    frameworkErrors: (error, request, reply) => errorHandler(error, request, reply),
    trustProxy: options.trustedProxies?.length ? [...options.trustedProxies] : false,
  }).withTypeProvider<ZodTypeProvider>();
  // First of all hooks: a request that arrives while stopping is answered before anything runs.
  allowGracefulStop(app);

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: { 'img-src': ["'self'", 'data:'], 'style-src': ["'self'", "'unsafe-inline'"] },
    },
  });
  // Answers of the API carry children's and families' data: no browser or proxy cache keeps them
  // (on a shared PC the back button must not show a file after sign-out).
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/v1/')) {
      reply.header('cache-control', 'no-store');
      reply.header('pragma', 'no-cache');
    }
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: openApiDocument,
    transform: openApiTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  registerAccessControl(app, options.authenticate);
  app.addHook('preValidation', refuseNul);

  // Plain-text bodies (the municipality CSV import) arrive as strings.
  app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string' }, (_req, body, done) =>
    done(null, body),
  );

  const webDir = options.webDir;
  const hasWeb = webDir !== null && existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webDir, wildcard: false, index: 'index.html' });

  app.setNotFoundHandler((request, reply) => {
    // Deep links into the web app (/referrals/…) get the app; unknown API paths a JSON 404.
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply
      .status(404)
      .send({ error: { code: 'NOT_FOUND', message: translateError(requestLocale(request), 'NOT_FOUND') } });
  });

  return app;
}
