import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  agendaItemInput,
  agendaItemUpdate,
  attachmentUpload,
  attendanceBody,
  itemParams,
  MAX_ATTACHMENT_BYTES,
  meetingDto,
  meetingInput,
  meetingSummaryDto,
  meetingsQuery,
  meetingUpdate,
  previousMinutesBody,
} from '../../../../contracts/governance/meetings';
import { governanceIdParams } from '../../../../contracts/governance/shared';
import type { Db } from '../../../platform/db/database';
import { actorOf } from '../../../platform/http/access';
import { requestLocale } from '../../../platform/http/error-handler';
import { BASE, errors, sendFile, tags } from '../route-support';
import { addAgendaItem } from './add-agenda-item';
import { attachDocument } from './attach-document';
import { exportMinutes } from './export-minutes';
import { getDocument } from './get-document';
import { getMeeting } from './get-meeting';
import { listMeetings } from './list-meetings';
import { meetingInvitation } from './meeting-invitation';
import { planMeeting } from './plan-meeting';
import { recordAttendance } from './record-attendance';
import { recordPreviousMinutes } from './record-previous-minutes';
import { removeAgendaItem } from './remove-agenda-item';
import { sendInvitation } from './send-invitation';
import { shareMinutes } from './share-minutes';
import { updateAgendaItem } from './update-agenda-item';
import { updateMeeting } from './update-meeting';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function meetingsRoutes({ db }: { db: Db }): FastifyPluginAsyncZod {
  return async (app) => {
    const detail = { 200: meetingDto, ...errors };

    app.get(
      `${BASE}/meetings`,
      {
        config: { access: 'governance:read' },
        schema: {
          operationId: 'listMeetings',
          summary: 'List meetings',
          tags,
          querystring: meetingsQuery,
          response: { 200: z.array(meetingSummaryDto) },
        },
      },
      async (request) => listMeetings(db, actorOf(request), request.query),
    );

    app.post(
      `${BASE}/meetings`,
      {
        config: { access: 'governance:manage' },
        schema: {
          operationId: 'planMeeting',
          summary: 'Plan a meeting',
          tags,
          body: meetingInput,
          response: { 201: meetingDto, ...errors },
        },
      },
      async (request, reply) => reply.status(201).send(await planMeeting(db, actorOf(request), request.body)),
    );

    app.get(
      `${BASE}/meetings/:id`,
      {
        config: { access: 'governance:read' },
        schema: {
          operationId: 'getMeeting',
          summary: 'Get a meeting with agenda and attendance',
          tags,
          params: governanceIdParams,
          response: detail,
        },
      },
      async (request) => getMeeting(db, actorOf(request), request.params.id),
    );

    app.put(
      `${BASE}/meetings/:id`,
      {
        config: { access: 'governance:manage' },
        schema: {
          operationId: 'updateMeeting',
          summary: 'Update a meeting',
          tags,
          params: governanceIdParams,
          body: meetingUpdate,
          response: detail,
        },
      },
      async (request) => updateMeeting(db, actorOf(request), request.params.id, request.body),
    );

    app.post(
      `${BASE}/meetings/:id/agenda-items`,
      {
        config: { access: 'governance:manage' },
        schema: {
          operationId: 'addAgendaItem',
          summary: "Add an item to a meeting's agenda",
          tags,
          params: governanceIdParams,
          body: agendaItemInput,
          response: { 201: meetingDto, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await addAgendaItem(db, actorOf(request), request.params.id, request.body)),
    );

    app.put(
      `${BASE}/meetings/:id/agenda-items/:itemId`,
      {
        config: { access: 'governance:manage' },
        schema: {
          operationId: 'updateAgendaItem',
          summary: 'Update an agenda item',
          tags,
          params: itemParams,
          body: agendaItemUpdate,
          response: detail,
        },
      },
      async (request) =>
        updateAgendaItem(db, actorOf(request), request.params.id, request.params.itemId, request.body),
    );

    app.delete(
      `${BASE}/meetings/:id/agenda-items/:itemId`,
      {
        config: { access: 'governance:manage' },
        schema: {
          operationId: 'removeAgendaItem',
          summary: 'Remove an agenda item',
          tags,
          params: itemParams,
          response: detail,
        },
      },
      async (request) => removeAgendaItem(db, actorOf(request), request.params.id, request.params.itemId),
    );

    app.post(
      `${BASE}/meetings/:id/agenda-items/:itemId/attachments`,
      {
        config: { access: 'governance:manage' },
        bodyLimit: Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 64 * 1024,
        schema: {
          operationId: 'attachDocument',
          summary: 'Attach a document to an agenda item',
          tags,
          params: itemParams,
          body: attachmentUpload,
          response: { 201: meetingDto, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await attachDocument(
              db,
              actorOf(request),
              request.params.id,
              request.params.itemId,
              request.body,
            ),
          ),
    );

    app.get(
      `${BASE}/documents/:id`,
      {
        config: { access: 'governance:read' },
        schema: {
          operationId: 'getDocument',
          summary: 'Download a meeting document',
          tags,
          params: governanceIdParams,
          // The document's own type (PDF, Word, …) travels in content-type.
          produces: ['application/octet-stream'],
        },
      },
      async (request, reply) => sendFile(reply, await getDocument(db, actorOf(request), request.params.id)),
    );

    app.post(
      `${BASE}/meetings/:id/invitation`,
      {
        config: { access: 'governance:manage' },
        schema: {
          operationId: 'sendInvitation',
          summary: 'Send the meeting invitation',
          tags,
          params: governanceIdParams,
          response: detail,
        },
      },
      async (request) => sendInvitation(db, actorOf(request), request.params.id),
    );

    app.get(
      `${BASE}/meetings/:id/invitation.ics`,
      {
        config: { access: 'governance:read' },
        schema: {
          operationId: 'getMeetingInvitation',
          summary: 'Download the meeting invitation as iCalendar',
          tags,
          params: governanceIdParams,
          produces: ['text/calendar'],
        },
      },
      async (request, reply) => {
        const file = await meetingInvitation(db, actorOf(request), request.params.id, requestLocale(request));
        return sendFile(reply, { ...file, contentType: 'text/calendar; charset=utf-8' });
      },
    );

    app.put(
      `${BASE}/meetings/:id/attendance`,
      {
        config: { access: 'governance:manage' },
        schema: {
          operationId: 'recordAttendance',
          summary: 'Record the attendance of a meeting',
          tags,
          params: governanceIdParams,
          body: attendanceBody,
          response: detail,
        },
      },
      async (request) => recordAttendance(db, actorOf(request), request.params.id, request.body),
    );

    app.put(
      `${BASE}/meetings/:id/previous-minutes`,
      {
        config: { access: 'governance:manage' },
        schema: {
          operationId: 'recordPreviousMinutes',
          summary: 'Record the reactions to the previous minutes',
          tags,
          params: governanceIdParams,
          body: previousMinutesBody,
          response: detail,
        },
      },
      async (request) => recordPreviousMinutes(db, actorOf(request), request.params.id, request.body),
    );

    app.post(
      `${BASE}/meetings/:id/minutes/share`,
      {
        config: { access: 'governance:manage' },
        schema: {
          operationId: 'shareMinutes',
          summary: 'Share the minutes of a meeting',
          tags,
          params: governanceIdParams,
          response: detail,
        },
      },
      async (request) => shareMinutes(db, actorOf(request), request.params.id),
    );

    for (const format of ['docx', 'pdf'] as const) {
      app.get(
        `${BASE}/meetings/:id/minutes.${format}`,
        {
          config: { access: 'governance:read' },
          schema: {
            operationId: format === 'docx' ? 'exportMinutesDocx' : 'exportMinutesPdf',
            summary: `Download the minutes of a meeting as ${format === 'docx' ? 'Word' : 'PDF'}`,
            tags,
            params: governanceIdParams,
            produces: [format === 'docx' ? DOCX : 'application/pdf'],
          },
        },
        async (request, reply) => {
          const file = await exportMinutes(
            db,
            actorOf(request),
            request.params.id,
            format,
            requestLocale(request),
          );
          return sendFile(reply, { ...file, contentType: format === 'docx' ? DOCX : 'application/pdf' });
        },
      );
    }
  };
}
