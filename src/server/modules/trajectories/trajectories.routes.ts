import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams } from '../../../contracts/common';
import { familyReferralDto } from '../../../contracts/families';
import {
  acceptExtensionBody,
  careWeekBody,
  careWeekParams,
  closeTrajectoryBody,
  contactBody,
  contactDto,
  extensionBody,
  meetingParams,
  planMeetingBody,
  recordMeetingBody,
  startTrajectoryBody,
  trajectoryDto,
  updateTrajectoryBody,
} from '../../../contracts/trajectories';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import { acceptExtension } from './accept-extension';
import { closeTrajectory } from './close-trajectory';
import { planCoordinationMeeting, recordCoordinationMeeting } from './coordination-meetings';
import { listContacts, listFamilyReferrals, listTrajectories } from './list-family-journey';
import { recordCareWeek } from './record-care-week';
import { recordContact } from './record-contact';
import { requestExtension } from './request-extension';
import { startTrajectory } from './start-trajectory';
import { updateTrajectoryDetails } from './update-trajectory';

const tags = ['trajectories'];
const errors = errorResponses(400, 403, 404, 409, 422);
const one = { 200: trajectoryDto, ...errors };

export function trajectoriesRoutes(deps: {
  db: Db;
  /** R30: the family is told at closing (the portal's notice, wired in app.ts). */
  onFileClosed?: Parameters<typeof closeTrajectory>[4];
}): FastifyPluginAsyncZod {
  const { db, onFileClosed } = deps;
  return async (app) => {
    app.get(
      '/api/v1/families/:id/referrals',
      {
        config: { access: 'family:read' },
        schema: {
          operationId: 'listFamilyReferrals',
          summary: 'List the referrals of a family',
          tags,
          params: idParams,
          response: { 200: z.array(familyReferralDto), ...errors },
        },
      },
      async (request) => listFamilyReferrals(db, actorOf(request), request.params.id),
    );

    app.get(
      '/api/v1/families/:id/trajectories',
      {
        config: { access: 'family:read' },
        schema: {
          operationId: 'listTrajectories',
          summary: 'List the trajectories of a family',
          tags,
          params: idParams,
          response: { 200: z.array(trajectoryDto), ...errors },
        },
      },
      async (request) => listTrajectories(db, actorOf(request), request.params.id),
    );

    app.post(
      '/api/v1/families/:id/trajectories',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'startTrajectory',
          summary: 'Start a trajectory for a family',
          tags,
          params: idParams,
          body: startTrajectoryBody,
          response: { 201: trajectoryDto, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await startTrajectory(db, actorOf(request), request.params.id, request.body)),
    );

    app.put(
      '/api/v1/trajectories/:id',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'updateTrajectoryDetails',
          summary: "Update a trajectory's details",
          tags,
          params: idParams,
          body: updateTrajectoryBody,
          response: one,
        },
      },
      async (request) => updateTrajectoryDetails(db, actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/api/v1/trajectories/:id/extension',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'requestExtension',
          summary: 'Request an extension of a trajectory (R1)',
          tags,
          params: idParams,
          body: extensionBody,
          response: one,
        },
      },
      async (request) => requestExtension(db, actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/api/v1/trajectories/:id/extension/accept',
      {
        config: { access: 'trajectory:approve' },
        schema: {
          operationId: 'acceptExtension',
          summary: 'Accept an extension of a trajectory (R1)',
          tags,
          params: idParams,
          body: acceptExtensionBody,
          response: one,
        },
      },
      async (request) => acceptExtension(db, actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/api/v1/trajectories/:id/close',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'closeTrajectory',
          summary: "Close a trajectory with the family's rating (R21)",
          tags,
          params: idParams,
          body: closeTrajectoryBody,
          response: one,
        },
      },
      async (request) => closeTrajectory(db, actorOf(request), request.params.id, request.body, onFileClosed),
    );

    app.post(
      '/api/v1/trajectories/:id/meetings',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'planCoordinationMeeting',
          summary: 'Plan a coordination meeting of a trajectory',
          tags,
          params: idParams,
          body: planMeetingBody,
          response: one,
        },
      },
      async (request) => planCoordinationMeeting(db, actorOf(request), request.params.id, request.body),
    );

    app.put(
      '/api/v1/trajectories/:id/meetings/:meetingId',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'recordCoordinationMeeting',
          summary: 'Record a coordination meeting of a trajectory',
          tags,
          params: meetingParams,
          body: recordMeetingBody,
          response: one,
        },
      },
      async (request) =>
        recordCoordinationMeeting(
          db,
          actorOf(request),
          request.params.id,
          request.params.meetingId,
          request.body,
        ),
    );

    app.put(
      '/api/v1/trajectories/:id/care-weeks/:week',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'recordCareWeek',
          summary: 'Record the hours of a family-care week (R5)',
          tags,
          description:
            'R5: sets (or corrects) the minutes of family care given in one care week; week 1 starts on the start date.',
          params: careWeekParams,
          body: careWeekBody,
          response: one,
        },
      },
      async (request) =>
        recordCareWeek(db, actorOf(request), request.params.id, request.params.week, request.body),
    );

    app.get(
      '/api/v1/families/:id/contacts',
      {
        config: { access: 'family:read' },
        schema: {
          operationId: 'listContacts',
          summary: 'List the contacts with a family',
          tags,
          params: idParams,
          response: { 200: z.array(contactDto), ...errors },
        },
      },
      async (request) => listContacts(db, actorOf(request), request.params.id),
    );

    app.post(
      '/api/v1/families/:id/contacts',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'recordContact',
          summary: 'Record a contact with a family',
          tags,
          params: idParams,
          body: contactBody,
          response: { 201: contactDto, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await recordContact(db, actorOf(request), request.params.id, request.body)),
    );
  };
}
