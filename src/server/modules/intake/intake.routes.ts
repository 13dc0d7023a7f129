import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditTrailResponse } from '../../../contracts/audit';
import { errorResponse, errorResponses, idParams } from '../../../contracts/common';
import {
  createReferralBody,
  decisionBody,
  duplicateCheckBody,
  duplicateCheckResponse,
  duplicateReviewBody,
  familyIdentityBody,
  listReferralsQuery,
  notStartedReasonDto,
  perspectiveConversationBody,
  referralDto,
  referralListResponse,
  routedReferralDto,
} from '../../../contracts/intake';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import type { MergeFamilyFiles } from '../families';
import { addFamilyIdentity } from './add-family-identity';
import { checkDuplicates } from './check-duplicates';
import { createReferral } from './create-referral';
import { decideReferral } from './decide-referral';
import { getReferral } from './get-referral';
import { listReasons } from './intake.repository';
import { listReferrals } from './list-referrals';
import { readReferralAuditTrail } from './read-referral-audit-trail';
import { recordPerspectiveConversation } from './record-perspective-conversation';
import { registerReferralByMunicipality } from './register-referral-by-municipality';
import { reviewDuplicate } from './review-duplicate';

const tags = ['intake'];
const errors = errorResponses(400, 404, 409, 422);

export function intakeRoutes(deps: { db: Db; mergeFamilyFiles: MergeFamilyFiles }): FastifyPluginAsyncZod {
  const { db, mergeFamilyFiles } = deps;
  return async (app) => {
    app.post(
      '/api/v1/referrals',
      {
        config: { access: 'referral:create' },
        schema: {
          operationId: 'createReferral',
          summary: 'Register a referral (R9)',
          tags,
          body: createReferralBody,
          response: { 201: referralDto, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createReferral(db, actorOf(request), request.body)),
    );

    app.get(
      '/api/v1/referrals',
      {
        config: { access: 'referral:read' },
        schema: {
          operationId: 'listReferrals',
          summary: 'List referrals with their answer deadline (R4)',
          tags,
          querystring: listReferralsQuery,
          response: { 200: referralListResponse },
        },
      },
      async (request, reply) => {
        const { items, total } = await listReferrals(db, actorOf(request), request.query);
        return reply.header('x-total-count', String(total)).send(items);
      },
    );

    // Issue 15: one door for partners working in several regions; the municipality routes it.
    app.post(
      '/api/v1/referrals/by-municipality',
      {
        config: { access: 'referral:create' },
        schema: {
          operationId: 'registerReferralByMunicipality',
          summary: "Register a referral with the collaboration that serves the family's municipality",
          tags,
          body: createReferralBody,
          response: { 201: routedReferralDto, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await registerReferralByMunicipality(db, actorOf(request), request.body)),
    );

    app.post(
      '/api/v1/referrals/duplicate-check',
      {
        config: { access: 'referral:decide' },
        schema: {
          operationId: 'checkDuplicates',
          summary: 'Find families that may already have a file (R17)',
          tags,
          body: duplicateCheckBody,
          response: { 200: duplicateCheckResponse },
        },
      },
      async (request) => ({ candidates: await checkDuplicates(db, actorOf(request), request.body) }),
    );

    app.get(
      '/api/v1/referrals/:id',
      {
        config: { access: 'referral:read' },
        schema: {
          operationId: 'getReferral',
          summary: 'Get a referral',
          tags,
          params: idParams,
          response: { 200: referralDto, 404: errorResponse },
        },
      },
      async (request) => getReferral(db, actorOf(request), request.params.id),
    );

    app.post(
      '/api/v1/referrals/:id/decision',
      {
        config: { access: 'referral:decide' },
        schema: {
          operationId: 'decideReferral',
          summary: 'Decide a referral: started, not started or waiting list',
          tags,
          params: idParams,
          body: decisionBody,
          response: { 200: referralDto, ...errors },
        },
      },
      async (request) => decideReferral(db, actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/api/v1/referrals/:id/duplicate-review',
      {
        config: { access: 'referral:decide' },
        schema: {
          operationId: 'reviewDuplicate',
          summary: 'Review a flagged duplicate family (R17)',
          tags,
          params: idParams,
          body: duplicateReviewBody,
          response: { 200: referralDto, ...errors },
        },
      },
      async (request) =>
        reviewDuplicate(db, actorOf(request), request.params.id, request.body, mergeFamilyFiles),
    );

    app.put(
      '/api/v1/referrals/:id/perspective-conversation',
      {
        config: { access: 'referral:decide' },
        schema: {
          operationId: 'recordPerspectiveConversation',
          summary: 'Record the perspective-giving conversation (R26)',
          tags,
          params: idParams,
          body: perspectiveConversationBody,
          response: { 200: referralDto, ...errors },
        },
      },
      async (request) =>
        recordPerspectiveConversation(db, actorOf(request), request.params.id, request.body.heldOn),
    );

    app.post(
      '/api/v1/referrals/:id/identity',
      {
        config: { access: 'referral:decide' },
        schema: {
          operationId: 'addFamilyIdentity',
          summary: 'Add the identity of a family registered under a pseudonym (R31)',
          description:
            'Once the family agrees to be known: its members’ names and birth dates, recorded with who and when; the duplicate check runs again.',
          tags,
          params: idParams,
          body: familyIdentityBody,
          response: { 200: referralDto, ...errors },
        },
      },
      async (request) => addFamilyIdentity(db, actorOf(request), request.params.id, request.body),
    );

    app.get(
      '/api/v1/referrals/:id/audit',
      {
        config: { access: 'referral:audit' },
        schema: {
          operationId: 'readReferralAuditTrail',
          summary: 'Read the audit trail of a referral',
          tags,
          params: idParams,
          response: { 200: auditTrailResponse, 404: errorResponse },
        },
      },
      async (request) => ({ items: await readReferralAuditTrail(db, actorOf(request), request.params.id) }),
    );

    app.get(
      '/api/v1/not-started-reasons',
      {
        config: { access: 'staff' },
        schema: {
          operationId: 'listNotStartedReasons',
          summary: 'List the reasons a referral is not started',
          tags,
          response: { 200: z.array(notStartedReasonDto) },
        },
      },
      async (request) =>
        (await listReasons(db, actorOf(request).collaborationId)).map((r) => ({
          code: r.code,
          label: r.label,
        })),
    );
  };
}
