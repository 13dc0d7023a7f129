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
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { translate } from '../i18n/translate';
import { type Authenticator, registerAccessControl } from './access';
import { errorHandler, requestLocale } from './error-handler';
import { refuseNul } from './refuse-nul';

export type HttpOptions = {
  authenticate: Authenticator;
  logLevel: string;
  webDir: string | null;
  bodyLimitBytes?: number;
};

export async function createHttpServer(options: HttpOptions) {
  const app = Fastify({
    logger: { level: options.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    bodyLimit: options.bodyLimitBytes ?? 2 * 1024 * 1024,
    trustProxy: true,
    // A bad URL or an overlong path parameter answers like every other bad input.
    frameworkErrors: (error, request, reply) => errorHandler(error, request, reply),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: { 'img-src': ["'self'", 'data:'], 'style-src': ["'self'", "'unsafe-inline'"] },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'eenplan API',
        version: '1',
        description: 'Integration API of eenplan for partner systems and the funding agency.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'eenplan_session' } },
      },
    },
    transform: jsonSchemaTransform,
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
      .send({ error: { code: 'NOT_FOUND', message: translate(requestLocale(request), 'NOT_FOUND') } });
  });

  return app;
}

export type HttpServer = Awaited<ReturnType<typeof createHttpServer>>;
export type App = FastifyInstance;
