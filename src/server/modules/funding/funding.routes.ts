import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../../contracts/common';
import {
  allocationQuery,
  allocationResponse,
  cancelSpendingBody,
  fundingLineDto,
  lineParams,
  lineYearInput,
  lineYearParams,
  pilotInput,
  spendingEntryDto,
  spendingInput,
  spendingListQuery,
  spendingParams,
} from '../../../contracts/funding';
import { importResponse } from '../../../contracts/network';
import type { Db } from '../../platform/db/database';
import { actorOf } from '../../platform/http/access';
import { cancelSpending } from './cancel-spending';
import { createPilot } from './create-pilot';
import { listFundingLines } from './funding.repository';
import type { StartsOnLine } from './line-money';
import { listSpending } from './list-spending';
import { recordSpending } from './record-spending';
import { saveLineYear } from './save-line-year';
import { getAllocation, importZoneData } from './zone-data';

const tags = ['funding'];
const errors = errorResponses(400, 404, 422);
const ok = z.object({ ok: z.literal(true) });

/** `startsOnLine`: intake's count of starts, for the money a line's starts commit (R6 R12). */
export function fundingRoutes(deps: { db: Db; startsOnLine: StartsOnLine }): FastifyPluginAsyncZod {
  const { db, startsOnLine } = deps;
  return async (app) => {
    app.get(
      '/api/v1/funding-lines',
      {
        config: { access: 'staff' },
        schema: {
          operationId: 'listFundingLines',
          summary: 'List the funding lines with budget, spending and quota',
          tags,
          response: { 200: z.array(fundingLineDto) },
        },
      },
      async (request) => {
        const rows = await listFundingLines(db, actorOf(request).collaborationId);
        return rows.map((l) => ({
          code: l.code,
          name: l.name,
          answerTargetWorkingDays: l.answerTargetWorkingDays,
          endsOn: l.endsOn,
          isActive: l.isActive,
        }));
      },
    );

    app.put(
      '/api/v1/funding-lines/:code/years/:year',
      {
        config: { access: 'funding:manage' },
        schema: {
          operationId: 'saveLineYear',
          summary: "Save a funding line's budget, quota and cap for a year (R4-R8)",
          tags,
          params: lineYearParams,
          body: lineYearInput,
          response: { 200: ok, ...errors },
        },
      },
      async (request) => {
        await saveLineYear(db, actorOf(request), request.params.code, request.params.year, request.body);
        return { ok: true as const };
      },
    );

    app.post(
      '/api/v1/funding-lines/:code/spending',
      {
        config: { access: 'funding:manage' },
        schema: {
          operationId: 'recordSpending',
          summary: 'Book spending on a funding line',
          tags,
          params: lineParams,
          body: spendingInput,
          response: { 201: ok, ...errors },
        },
      },
      async (request, reply) => {
        await recordSpending(db, actorOf(request), request.params.code, request.body);
        return reply.status(201).send({ ok: true as const });
      },
    );

    app.get(
      '/api/v1/funding-lines/:code/spending',
      {
        config: { access: 'funding:read' },
        schema: {
          operationId: 'listSpending',
          summary: 'List the spending ledger of a funding line',
          tags,
          params: lineParams,
          querystring: spendingListQuery,
          response: { 200: z.array(spendingEntryDto), ...errors },
        },
      },
      async (request) => listSpending(db, actorOf(request), request.params.code, request.query.year),
    );

    app.post(
      '/api/v1/funding-lines/:code/spending/:id/cancel',
      {
        config: { access: 'funding:manage' },
        schema: {
          operationId: 'cancelSpending',
          summary: 'Cancel a wrong booking with a reason',
          tags,
          description: 'Cancels a booking with a reason: out of the totals, kept in the ledger.',
          params: spendingParams,
          body: cancelSpendingBody,
          response: { 200: spendingEntryDto, ...errorResponses(400, 404, 409, 422) },
        },
      },
      async (request) =>
        cancelSpending(db, actorOf(request), request.params.code, request.params.id, request.body),
    );

    app.post(
      '/api/v1/funding/pilots',
      {
        config: { access: 'funding:manage' },
        schema: {
          operationId: 'createPilot',
          summary: 'Create a pilot funded from residual money (R12)',
          tags,
          body: pilotInput,
          response: { 201: ok, ...errors },
        },
      },
      async (request, reply) => {
        await createPilot(db, actorOf(request), request.body, startsOnLine);
        return reply.status(201).send({ ok: true as const });
      },
    );

    app.post(
      '/api/v1/funding/zone-data/:year',
      {
        config: { access: 'funding:manage' },
        schema: {
          operationId: 'importZoneData',
          summary: "Import a year's data per primary-care zone (R13)",
          tags,
          description:
            'CSV with columns zone_code,population_under_25,deprivation_index (1.0 = Flemish average).',
          params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
          body: z.string(),
          response: { 200: importResponse, ...errors },
        },
      },
      async (request) => importZoneData(db, actorOf(request), request.params.year, request.body),
    );

    app.get(
      '/api/v1/funding/allocation',
      {
        config: { access: 'funding:read' },
        schema: {
          operationId: 'getAllocation',
          summary: 'Allocation per primary-care zone (R13)',
          tags,
          querystring: allocationQuery,
          response: { 200: allocationResponse },
        },
      },
      async (request) => getAllocation(db, actorOf(request), request.query.year, request.query.budgetCents),
    );
  };
}
