import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/database';
import { adviceRoutes } from './advice.routes';
import { agreementsRoutes } from './agreements.routes';
import { bodiesRoutes } from './bodies.routes';
import { figuresRoutes } from './figures.routes';
import { meetingsRoutes } from './meetings.routes';
import { outcomesRoutes } from './outcomes.routes';

/** Every governance route, under /api/v1/governance. */
export function governanceRoutes(deps: { db: Db }): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(bodiesRoutes(deps));
    await app.register(meetingsRoutes(deps));
    await app.register(figuresRoutes(deps));
    await app.register(adviceRoutes(deps));
    await app.register(outcomesRoutes(deps));
    await app.register(agreementsRoutes(deps));
  };
}
