// The worker's side of the family's voice (R16): read it, mark it seen, answer corrections,
// reply to messages; and "my week"'s share of it. Permission plus the file's door (inFamilyFile).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, idParams } from '../../../contracts/common';
import {
  answerCorrectionBody,
  correctionDto,
  correctionParams,
  familyMessageDto,
  familyVoiceDto,
  messageBody,
  voiceWeekDto,
} from '../../../contracts/voice';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import { answerCorrectionRequest } from './answer-correction';
import { getFamilyVoice } from './get-family-voice';
import { getVoiceWeek } from './get-voice-week';
import { markVoiceSeen } from './mark-voice-seen';
import { replyToFamily } from './reply-to-family';

const tags = ['voice'];
const errors = errorResponses(400, 403, 404, 409, 422);

/** `publicUrl`: where the family's portal is, for the mail that an answer waits there. */
export function voiceRoutes(deps: { db: Db; publicUrl: string }): FastifyPluginAsyncZod {
  const { db, publicUrl } = deps;
  return async (app) => {
    app.get(
      '/api/v1/families/:id/voice',
      {
        config: { access: 'family:read' },
        schema: {
          operationId: 'getFamilyVoice',
          summary: 'Read what the family said in its portal',
          tags,
          description: 'Its own words, its answers to plan versions, its correction requests and messages.',
          params: idParams,
          response: { 200: familyVoiceDto, ...errors },
        },
      },
      async (request) => getFamilyVoice(db, actorOf(request), request.params.id),
    );

    app.post(
      '/api/v1/families/:id/voice/seen',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'markVoiceSeen',
          summary: 'Mark the family’s new words, answers and messages as seen',
          tags,
          params: idParams,
          response: { 200: familyVoiceDto, ...errors },
        },
      },
      async (request) => markVoiceSeen(db, actorOf(request), request.params.id),
    );

    app.post(
      '/api/v1/families/:id/corrections/:correctionId/answer',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'answerCorrectionRequest',
          summary: 'Answer a correction the family asked for',
          tags,
          description:
            'Accepted: a plan part becomes the plan’s next version on top of `baseVersion` (409 PLAN_VERSION_CONFLICT when another was saved meanwhile); a contact note keeps its text and shows the correction beside it. Declined: with a reason.',
          params: correctionParams,
          body: answerCorrectionBody,
          response: { 200: correctionDto, ...errors },
        },
      },
      async (request) =>
        answerCorrectionRequest(
          db,
          actorOf(request),
          request.params.id,
          request.params.correctionId,
          request.body,
          publicUrl,
        ),
    );

    app.post(
      '/api/v1/families/:id/messages',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'replyToFamily',
          summary: 'Write to the family in its message thread',
          tags,
          params: idParams,
          body: messageBody,
          response: { 201: familyMessageDto, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await replyToFamily(db, actorOf(request), request.params.id, request.body, publicUrl)),
    );

    app.get(
      '/api/v1/voice/week',
      {
        config: { access: 'family:read' },
        schema: {
          operationId: 'getVoiceWeek',
          summary: 'What my families said that waits for me',
          tags,
          description:
            'For the families I am assigned to: new words and answers, open correction requests, unread messages.',
          response: { 200: voiceWeekDto, ...errors },
        },
      },
      async (request) => getVoiceWeek(db, actorOf(request)),
    );
  };
}
