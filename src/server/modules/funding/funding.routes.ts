import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fundingLineDto } from '../../../contracts/funding';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import { listFundingLines } from './funding.repository';

export function fundingRoutes(deps: { db: Db }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/funding-lines',
      {
        config: { access: 'authenticated' },
        schema: { tags: ['funding'], response: { 200: z.array(fundingLineDto) } },
      },
      async (request) => {
        const rows = await listFundingLines(deps.db, actorOf(request).collaborationId);
        return rows.map((l) => ({
          code: l.code,
          name: l.name,
          answerTargetWorkingDays: l.answerTargetWorkingDays,
          endsOn: l.endsOn,
          isActive: l.isActive,
        }));
      },
    );
  };
}
