import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/database';
import { adviceRoutes } from './advice/advice.routes';
import { bodiesRoutes } from './bodies/bodies.routes';
import { figuresRoutes } from './meetings/figures.routes';
import { meetingsRoutes } from './meetings/meetings.routes';
import { agreementsRoutes } from './outcomes/agreements.routes';
import { outcomesRoutes } from './outcomes/outcomes.routes';

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
