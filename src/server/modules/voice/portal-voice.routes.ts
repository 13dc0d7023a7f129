// The family's side of its voice (R16), under /api/v1/portal: only a family account, only its own
// family (the family comes from the session, ADR 045); every read and write audited.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../contracts/common';
import {
  correctionBody,
  correctionDto,
  editWordsBody,
  entryDto,
  entryParams,
  familyMessageDto,
  messageBody,
  planResponseBody,
  portalVoiceDto,
  wordsBody,
} from '../../../contracts/voice';
import type { Db } from '../../platform/db/database';
import { familyActorOf } from '../../platform/http/access';
import { addOurWords } from './add-our-words';
import { askCorrection } from './ask-correction';
import { editOurWords, withdrawOurWords } from './change-our-words';
import { getPortalVoice } from './get-portal-voice';
import { respondToPlan } from './respond-to-plan';
import { sendFamilyMessage } from './send-family-message';

const tags = ['portal'];
const errors = errorResponses(400, 403, 404, 409, 422);

export function portalVoiceRoutes(deps: { db: Db }): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/api/v1/portal/voice',
      {
        config: { access: 'family' },
        schema: {
          operationId: 'getPortalVoice',
          summary: 'What we said and what was answered',
          tags,
          response: { 200: portalVoiceDto, ...errors },
        },
      },
      async (request) => getPortalVoice(db, familyActorOf(request)),
    );

    app.post(
      '/api/v1/portal/words',
      {
        config: { access: 'family' },
        schema: {
          operationId: 'addOurWords',
          summary: 'Add our own words to a goal, an evaluation or a contact note',
          tags,
          body: wordsBody,
          response: { 201: entryDto, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await addOurWords(db, familyActorOf(request), request.body)),
    );

    app.put(
      '/api/v1/portal/words/:entryId',
      {
        config: { access: 'family' },
        schema: {
          operationId: 'editOurWords',
          summary: 'Reword my own entry (the earlier wording is kept)',
          tags,
          params: entryParams,
          body: editWordsBody,
          response: { 200: entryDto, ...errors },
        },
      },
      async (request) => editOurWords(db, familyActorOf(request), request.params.entryId, request.body),
    );

    app.delete(
      '/api/v1/portal/words/:entryId',
      {
        config: { access: 'family' },
        schema: {
          operationId: 'withdrawOurWords',
          summary: 'Withdraw my own entry (it stays in the history)',
          tags,
          params: entryParams,
          response: { 200: entryDto, ...errors },
        },
      },
      async (request) => withdrawOurWords(db, familyActorOf(request), request.params.entryId),
    );

    app.post(
      '/api/v1/portal/plan/responses',
      {
        config: { access: 'family' },
        schema: {
          operationId: 'respondToPlan',
          summary: 'Say whether I agree with the current version of our plan',
          tags,
          body: planResponseBody,
          response: { 200: portalVoiceDto, ...errors },
        },
      },
      async (request) => respondToPlan(db, familyActorOf(request), request.body),
    );

    app.post(
      '/api/v1/portal/corrections',
      {
        config: { access: 'family' },
        schema: {
          operationId: 'askCorrection',
          summary: 'Ask to correct something written about us',
          tags,
          body: correctionBody,
          response: { 201: correctionDto, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await askCorrection(db, familyActorOf(request), request.body)),
    );

    app.post(
      '/api/v1/portal/messages',
      {
        config: { access: 'family' },
        schema: {
          operationId: 'sendFamilyMessage',
          summary: 'Send a short message to our worker',
          tags,
          body: messageBody,
          response: { 201: familyMessageDto, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await sendFamilyMessage(db, familyActorOf(request), request.body)),
    );
  };
}
