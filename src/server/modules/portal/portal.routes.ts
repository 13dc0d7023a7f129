import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, idParams } from '../../../contracts/common';
import { compareQuery, planComparisonDto, planVersionDto } from '../../../contracts/plans';
import {
  familyAccountDto,
  familyCopyDto,
  familyInvitationBody,
  familyInvitationDto,
  familyMemberParams,
  familyViewDto,
  instructionSheetBody,
  planPdfQuery,
  portalFileDto,
  portalOverviewDto,
  portalPeopleDto,
  portalPlanDto,
  portalPlanVersionParams,
  portalReadsDto,
} from '../../../contracts/portal';
import type { Db } from '../../platform/db/database';
import { actorOf, familyActorOf } from '../../platform/http/access';
import {
  copyFamilyFileAsJson,
  copyFamilyFileAsPdf,
  copyOwnFileAsJson,
  copyOwnFileAsPdf,
} from './copy-family-file';
import {
  closePortalAccount,
  invitePortalMember,
  listPortalAccounts,
  recordInstructionSheet,
} from './family-accounts';
import { getFamilyView } from './get-family-view';
import { getPortalOverview } from './get-portal-overview';
import { printFamilyPlan } from './print-family-plan';
import { readOurFile } from './read-our-file';
import { readOurPeople } from './read-our-people';
import { compareOurPlanVersions, readOurPlan, readOurPlanVersion } from './read-our-plan';
import { readWhoReadOurFile } from './read-who-read';

const tags = ['portal'];
const errors = errorResponses(403, 404);
const familyErrors = errorResponses(401, 403, 404);

export function portalRoutes(deps: { db: Db; publicUrl: string }): FastifyPluginAsyncZod {
  const { db, publicUrl } = deps;
  return async (app) => {
    // The family's own portal (issue 13, ADR 044): only a family member's account reaches these,
    // and each reads the member's own family, taken from the session.
    app.get(
      '/api/v1/portal/overview',
      {
        config: { access: 'family' },
        schema: {
          operationId: 'getPortalOverview',
          summary: 'Get our family: who we are, who is signed in, who works with us',
          tags,
          response: { 200: portalOverviewDto, ...familyErrors },
        },
      },
      async (request) => getPortalOverview(db, familyActorOf(request)),
    );

    app.get(
      '/api/v1/portal/plan',
      {
        config: { access: 'family' },
        schema: {
          operationId: 'readOurPlan',
          summary: 'Read our plan: the current version and the list of earlier ones',
          tags,
          response: { 200: portalPlanDto, ...familyErrors },
        },
      },
      async (request) => readOurPlan(db, familyActorOf(request)),
    );

    app.get(
      '/api/v1/portal/plan/versions/:version',
      {
        config: { access: 'family' },
        schema: {
          operationId: 'readOurPlanVersion',
          summary: 'Read an earlier version of our plan',
          tags,
          params: portalPlanVersionParams,
          response: { 200: planVersionDto, ...familyErrors },
        },
      },
      async (request) => readOurPlanVersion(db, familyActorOf(request), request.params.version),
    );

    app.get(
      '/api/v1/portal/plan/compare',
      {
        config: { access: 'family' },
        schema: {
          operationId: 'compareOurPlanVersions',
          summary: 'See what changed in our plan between two versions',
          tags,
          querystring: compareQuery,
          response: { 200: planComparisonDto, ...familyErrors },
        },
      },
      async (request) =>
        compareOurPlanVersions(db, familyActorOf(request), request.query.from, request.query.to),
    );

    app.get(
      '/api/v1/portal/file',
      {
        config: { access: 'family' },
        schema: {
          operationId: 'readOurFile',
          summary: 'Read what is written about us, our trajectories and the hand-over',
          tags,
          description: 'Nothing the worker marked as kept from the family (R28).',
          response: { 200: portalFileDto, ...familyErrors },
        },
      },
      async (request) => readOurFile(db, familyActorOf(request)),
    );

    app.get(
      '/api/v1/portal/people',
      {
        config: { access: 'family' },
        schema: {
          operationId: 'readOurPeople',
          summary: 'See who is involved: our family, our network and services, our workers',
          tags,
          response: { 200: portalPeopleDto, ...familyErrors },
        },
      },
      async (request) => readOurPeople(db, familyActorOf(request)),
    );

    app.get(
      '/api/v1/portal/who-read',
      {
        config: { access: 'family' },
        schema: {
          operationId: 'readWhoReadOurFile',
          summary: 'See which workers read our file, and when',
          tags,
          response: { 200: portalReadsDto, ...familyErrors },
        },
      },
      async (request) => readWhoReadOurFile(db, familyActorOf(request)),
    );

    app.get(
      '/api/v1/families/:id/family-view',
      {
        config: { access: 'family:read' },
        schema: {
          operationId: 'getFamilyView',
          summary: 'Get the family plan as the family sees it',
          tags,
          description: 'What the family itself reads: nothing marked for professionals only (R28).',
          params: idParams,
          response: { 200: familyViewDto, ...errors },
        },
      },
      async (request) => getFamilyView(db, actorOf(request), request.params.id),
    );

    app.get(
      '/api/v1/families/:id/plan.pdf',
      {
        config: { access: 'family:read' },
        schema: {
          operationId: 'printFamilyPlan',
          summary: 'Download the family plan as PDF',
          tags,
          params: idParams,
          querystring: planPdfQuery,
          produces: ['application/pdf'],
        },
      },
      async (request, reply) => {
        const { pdf, fileName } = await printFamilyPlan(
          db,
          actorOf(request),
          request.params.id,
          request.query.lang,
        );
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="${fileName}"`)
          .header('cache-control', 'no-store')
          .send(pdf);
      },
    );

    app.get(
      '/api/v1/families/:id/copy.pdf',
      {
        config: { access: 'family:read' },
        schema: {
          operationId: 'copyFamilyFileAsPdf',
          summary: "Download a copy of the family's file as PDF, for the family (R16)",
          description:
            'What the family may see (nothing marked R28), in its language, with how long the file is kept (R30).',
          tags,
          params: idParams,
          querystring: planPdfQuery,
          produces: ['application/pdf'],
        },
      },
      async (request, reply) => {
        const { pdf, fileName } = await copyFamilyFileAsPdf(
          db,
          actorOf(request),
          request.params.id,
          request.query.lang,
        );
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${fileName}"`)
          .header('cache-control', 'no-store')
          .send(pdf);
      },
    );

    app.get(
      '/api/v1/families/:id/copy.json',
      {
        config: { access: 'family:read' },
        schema: {
          operationId: 'copyFamilyFileAsJson',
          summary: "Download the family's own data as JSON, for the family (R16)",
          description:
            'Machine-readable (GDPR art. 20), versioned (`format`, `formatVersion`; docs/family-copy.md); only what the family may see (R28).',
          tags,
          params: idParams,
          response: { 200: familyCopyDto, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .header('content-disposition', 'attachment; filename="dossier.json"')
          .send(await copyFamilyFileAsJson(db, actorOf(request), request.params.id)),
    );

    app.get(
      '/api/v1/portal/copy.pdf',
      {
        config: { access: 'family' },
        schema: {
          operationId: 'copyOwnFileAsPdf',
          summary: 'Download a copy of our file as PDF (R16)',
          description:
            'The family’s own file as it may read it (R27, R28), in its language, with how long it is kept (R30).',
          tags,
          querystring: planPdfQuery,
          produces: ['application/pdf'],
        },
      },
      async (request, reply) => {
        const { pdf, fileName } = await copyOwnFileAsPdf(db, familyActorOf(request), request.query.lang);
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${fileName}"`)
          .header('cache-control', 'no-store')
          .send(pdf);
      },
    );

    app.get(
      '/api/v1/portal/copy.json',
      {
        config: { access: 'family' },
        schema: {
          operationId: 'copyOwnFileAsJson',
          summary: 'Download our own data as JSON (R16)',
          description:
            'Machine-readable (GDPR art. 20), versioned (`format`, `formatVersion`; docs/family-copy.md); only what the family may see (R27, R28).',
          tags,
          response: { 200: familyCopyDto, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .header('content-disposition', 'attachment; filename="dossier.json"')
          .send(await copyOwnFileAsJson(db, familyActorOf(request))),
    );

    // The worker's side of the family's door (issue 13 point 1): invite, list, close.
    app.get(
      '/api/v1/families/:id/family-accounts',
      {
        config: { access: 'family:read' },
        schema: {
          operationId: 'listFamilyAccounts',
          summary: 'List the family members’ own accounts',
          tags,
          params: idParams,
          response: { 200: z.array(familyAccountDto), ...errors },
        },
      },
      async (request) => listPortalAccounts(db, actorOf(request), request.params.id),
    );

    app.post(
      '/api/v1/families/:id/members/:memberId/account',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'inviteFamilyMember',
          summary: 'Invite a family member to their own account, by e-mail or by a one-time code',
          tags,
          description:
            'A parent, or a young person from 12 (R27). A one-time code is answered this once. Errors: FAMILY_ACCOUNT_TOO_YOUNG, FAMILY_ACCOUNT_EXISTS, EMAIL_TAKEN.',
          params: familyMemberParams,
          body: familyInvitationBody,
          response: { 200: familyInvitationDto, ...errorResponses(403, 404, 409, 422) },
        },
      },
      async (request) =>
        invitePortalMember(db, actorOf(request), request.params.id, request.params.memberId, request.body, {
          publicUrl,
        }),
    );

    app.post(
      '/api/v1/families/:id/members/:memberId/account/instruction-sheet',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'recordInstructionSheet',
          summary: 'Record that the instruction sheet of a one-time code was printed',
          tags,
          description:
            'The browser makes the sheet from the invitation’s answer; the code is never sent here, only the language.',
          params: familyMemberParams,
          body: instructionSheetBody,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await recordInstructionSheet(
          db,
          actorOf(request),
          request.params.id,
          request.params.memberId,
          request.body,
        );
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/v1/families/:id/members/:memberId/account/deactivate',
      {
        config: { access: 'family:write' },
        schema: {
          operationId: 'deactivateFamilyAccount',
          summary: 'Close a family member’s own account; its sessions end at once',
          tags,
          params: familyMemberParams,
          response: { 200: familyAccountDto, ...errors },
        },
      },
      async (request) => closePortalAccount(db, actorOf(request), request.params.id, request.params.memberId),
    );
  };
}
