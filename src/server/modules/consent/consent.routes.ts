import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams } from '../../../contracts/common';
import {
  assessmentBody,
  assessmentDto,
  consentDto,
  consentOverviewDto,
  consentParams,
  markBody,
  markDto,
  markParams,
  receivedSharingDetailDto,
  receivedSharingDto,
  recordConsentBody,
  shareBody,
  sharingDto,
  withdrawConsentBody,
} from '../../../contracts/consent';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import { assessCompetence } from './assess-competence';
import { getConsentOverview } from './get-consent-overview';
import { listContactMarks } from './list-marks';
import { markContact } from './mark-item';
import { getReceivedSharing, listReceivedSharings } from './received-sharings';
import { recordConsent } from './record-consent';
import { shareFamilyData } from './share-with-partner';
import { withdrawConsent } from './withdraw-consent';

const tags = ['consent'];
const errors = errorResponses(400, 403, 404, 409, 422);

/** The worker's side (R27 R28 R29) and the partner's view of what was shared with it. */
export function consentRoutes(deps: { db: Db }): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/api/v1/families/:id/consent',
      {
        config: { access: 'family:read' },
        schema: {
          operationId: 'getConsentOverview',
          summary: "Get a family's consents, sharing log and minors' standing",
          tags,
          params: idParams,
          response: { 200: consentOverviewDto, ...errors },
        },
      },
      async (request) => getConsentOverview(db, actorOf(request), request.params.id),
    );

    app.post(
      '/api/v1/families/:id/consents',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'recordConsent',
          summary: 'Record a consent from a signed paper form (R29)',
          tags,
          params: idParams,
          body: recordConsentBody,
          response: { 201: consentDto, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await recordConsent(db, actorOf(request), request.params.id, request.body)),
    );

    app.post(
      '/api/v1/families/:id/consents/:consentId/withdrawal',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'withdrawConsent',
          summary: 'Record that the family withdrew a consent (R29)',
          description: 'Takes effect at once: partners no longer read what was shared on it.',
          tags,
          params: consentParams,
          body: withdrawConsentBody,
          response: { 200: consentDto, ...errors },
        },
      },
      async (request) =>
        withdrawConsent(db, actorOf(request), request.params.id, request.params.consentId, request.body),
    );

    app.post(
      '/api/v1/families/:id/sharings',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'shareWithPartner',
          summary: 'Share family data with a partner on a valid consent (R29)',
          tags,
          params: idParams,
          body: shareBody,
          response: { 201: sharingDto, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await shareFamilyData(db, actorOf(request), request.params.id, request.body)),
    );

    app.post(
      '/api/v1/families/:id/competence-assessments',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'assessCompetence',
          summary: 'Record that a minor was assessed not competent (R27)',
          tags,
          params: idParams,
          body: assessmentBody,
          response: { 201: assessmentDto, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await assessCompetence(db, actorOf(request), request.params.id, request.body)),
    );

    app.get(
      '/api/v1/families/:id/contact-marks',
      {
        config: { access: 'family:read' },
        schema: {
          operationId: 'listContactMarks',
          summary: 'List the marks on the contacts of a family (R27, R28)',
          tags,
          params: idParams,
          response: { 200: z.array(markDto), ...errors },
        },
      },
      async (request) => listContactMarks(db, actorOf(request), request.params.id),
    );

    app.put(
      '/api/v1/families/:id/contacts/:contactId/marks',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'markContact',
          summary: 'Mark what of a contact the family may not read (R27, R28)',
          tags,
          params: markParams,
          body: markBody,
          response: { 200: markDto, ...errors },
        },
      },
      async (request) =>
        markContact(db, actorOf(request), request.params.id, request.params.contactId, request.body),
    );

    app.get(
      '/api/v1/shared-with-us',
      {
        config: { access: 'sharing:receive' },
        schema: {
          operationId: 'listReceivedSharings',
          summary: 'List what families shared with my organisation (R29)',
          tags,
          response: { 200: z.array(receivedSharingDto), ...errorResponses(403) },
        },
      },
      async (request) => listReceivedSharings(db, actorOf(request)),
    );

    app.get(
      '/api/v1/shared-with-us/:id',
      {
        config: { access: 'sharing:receive' },
        schema: {
          operationId: 'getReceivedSharing',
          summary: 'Read what a family shared with my organisation, while the consent holds (R29)',
          tags,
          params: idParams,
          response: { 200: receivedSharingDetailDto, ...errorResponses(403, 404) },
        },
      },
      async (request) => getReceivedSharing(db, actorOf(request), request.params.id),
    );
  };
}
