// Documents in the family file (the worker's side) and "documents shared with us" (the portal's).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams } from '../../../contracts/common';
import {
  documentParams,
  familyDocumentDto,
  MAX_DOCUMENT_BYTES,
  markDocumentBody,
  ourDocumentDto,
  ourDocumentParams,
  shareDocumentBody,
  uploadDocumentBody,
} from '../../../contracts/documents';
import type { Db } from '../../platform/db/database';
import { actorOf, familyActorOf } from '../../platform/http/access';
import { downloadDocument } from './download-document';
import { listFamilyDocuments } from './list-family-documents';
import { markDocument } from './mark-document';
import { downloadOurDocument, listOurDocuments } from './our-documents';
import { sendDocument } from './send-document';
import { shareDocument } from './share-document';
import { uploadDocument } from './upload-document';

const tags = ['documents'];
const errors = errorResponses(403, 404);
const saveErrors = errorResponses(403, 404, 409, 422);

export function documentsRoutes(deps: { db: Db }): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.get(
      '/api/v1/families/:id/documents',
      {
        config: { access: 'family:read' },
        schema: {
          operationId: 'listFamilyDocuments',
          summary: "List the documents in a family's file, their marks and whether they are shared",
          tags,
          params: idParams,
          response: { 200: z.array(familyDocumentDto), ...errors },
        },
      },
      async (request) => listFamilyDocuments(db, actorOf(request), request.params.id),
    );

    app.post(
      '/api/v1/families/:id/documents',
      {
        config: { access: 'family:write' },
        // base64 of 10 MB and the other fields; a larger body is refused before it is read.
        bodyLimit: Math.ceil((MAX_DOCUMENT_BYTES * 4) / 3) + 64 * 1024,
        schema: {
          operationId: 'uploadFamilyDocument',
          summary: "Keep a document in the family's file (PDF, image, office document; at most 10 MB)",
          tags,
          params: idParams,
          body: uploadDocumentBody,
          response: { 201: familyDocumentDto, ...saveErrors },
        },
      },
      async (request, reply) => {
        const document = await uploadDocument(db, actorOf(request), request.params.id, request.body);
        return reply.status(201).send(document);
      },
    );

    app.get(
      '/api/v1/families/:id/documents/:documentId/content',
      {
        config: { access: 'family:read' },
        schema: {
          operationId: 'downloadFamilyDocument',
          summary: 'Download a document of the family file',
          tags,
          params: documentParams,
          // The document's own type (PDF, image, office) travels in content-type.
          produces: ['application/octet-stream'],
        },
      },
      async (request, reply) =>
        sendDocument(
          reply,
          await downloadDocument(db, actorOf(request), request.params.id, request.params.documentId),
        ),
    );

    app.put(
      '/api/v1/families/:id/documents/:documentId/marks',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'markFamilyDocument',
          summary: 'Mark a document for the court, or withhold it from the family with the reason (R28)',
          tags,
          params: documentParams,
          body: markDocumentBody,
          response: { 200: familyDocumentDto, ...saveErrors },
        },
      },
      async (request) =>
        markDocument(db, actorOf(request), request.params.id, request.params.documentId, request.body),
    );

    for (const share of [true, false]) {
      app.post(
        `/api/v1/families/:id/documents/:documentId/${share ? 'share' : 'unshare'}`,
        {
          config: { access: 'family:write' },
          schema: {
            operationId: share ? 'shareFamilyDocument' : 'unshareFamilyDocument',
            summary: share ? 'Share a document with the family' : 'Stop sharing a document with the family',
            tags,
            params: documentParams,
            body: shareDocumentBody,
            response: { 200: familyDocumentDto, ...saveErrors },
          },
        },
        async (request) =>
          shareDocument(db, actorOf(request), request.params.id, request.params.documentId, {
            baseVersion: request.body.baseVersion,
            share,
          }),
      );
    }

    // The family's own portal (ADR 044): the member's own family, from the session.
    app.get(
      '/api/v1/portal/documents',
      {
        config: { access: 'family' },
        schema: {
          operationId: 'listOurDocuments',
          summary: 'List the documents shared with us',
          tags,
          response: { 200: z.array(ourDocumentDto), ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => listOurDocuments(db, familyActorOf(request)),
    );

    app.get(
      '/api/v1/portal/documents/:documentId/content',
      {
        config: { access: 'family' },
        schema: {
          operationId: 'downloadOurDocument',
          summary: 'Download a document shared with us',
          tags,
          params: ourDocumentParams,
          produces: ['application/octet-stream'],
        },
      },
      async (request, reply) =>
        sendDocument(reply, await downloadOurDocument(db, familyActorOf(request), request.params.documentId)),
    );
  };
}
