import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, idParams } from '../../../contracts/common';
import { familyFileDto, mergeFamilyBody } from '../../../contracts/families';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import { mergeFamilies } from './merge-families';

const errors = errorResponses(400, 403, 404, 409, 422);

export function mergingRoutes(deps: { db: Db }): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.post(
      '/api/v1/families/:id/merge',
      {
        config: { access: 'family:merge' },
        schema: {
          operationId: 'mergeFamilies',
          summary: 'Merge two files of one family (R17)',
          tags: ['families'],
          description:
            'Merges the file `mergeFamilyId` into this one (R17): members, network, assignments, referrals, trajectories, contacts, decisions and coach matches move; both plans fold into a new version that needs the family’s agreement; the other file answers 409 FAMILY_MERGED from then on.',
          params: idParams,
          body: mergeFamilyBody,
          response: { 200: familyFileDto, ...errors },
        },
      },
      async (request) => mergeFamilies(db, actorOf(request), request.params.id, request.body),
    );
  };
}
