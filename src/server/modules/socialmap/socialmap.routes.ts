import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponse, idParams } from '../../../contracts/common';
import {
  editOfferInput,
  offerDto,
  offerInput,
  socialMapDto,
  socialMapQuery,
} from '../../../contracts/socialmap';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import { addOffer } from './add-offer';
import { editOffer } from './edit-offer';
import { searchSocialMap } from './search-social-map';

const tags = ['socialmap'];

/** Issue 14 point 1: the social map — read by every professional, kept by who keeps the partners. */
export function socialMapRoutes(deps: { db: Db }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/social-map',
      {
        config: { access: 'staff' },
        schema: {
          operationId: 'searchSocialMap',
          summary:
            "Partners' offers by service, age and zone, with the waiting reported and the waiting known",
          tags,
          querystring: socialMapQuery,
          response: { 200: socialMapDto },
        },
      },
      async (request) => searchSocialMap(deps.db, actorOf(request), request.query),
    );

    app.post(
      '/api/v1/social-map/offers',
      {
        config: { access: 'organisation:manage' },
        schema: {
          operationId: 'addOffer',
          summary: "Put a partner's service on the social map",
          tags,
          body: offerInput,
          response: { 201: offerDto, 422: errorResponse },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await addOffer(deps.db, actorOf(request), request.body)),
    );

    app.put(
      '/api/v1/social-map/offers/:id',
      {
        config: { access: 'organisation:manage' },
        schema: {
          operationId: 'editOffer',
          summary: 'Change an offer (names the version it started from); isActive false takes it off the map',
          tags,
          params: idParams,
          body: editOfferInput,
          response: { 200: offerDto, 404: errorResponse, 409: errorResponse, 422: errorResponse },
        },
      },
      async (request) => editOffer(deps.db, actorOf(request), request.params.id, request.body),
    );
  };
}
