import { z } from 'zod';

/** Dates travel as YYYY-MM-DD, as the integration API promises partner systems. */
export const isoDate = z.iso.date();

export const idParams = z.object({ id: z.uuid() });

/**
 * Optimistic saves (ADR 011, 018): a save names the version of the record it started from; when
 * someone saved it meanwhile, 409 RECORD_CHANGED answers the current state and nothing is lost.
 */
export const baseVersion = z.number().int().min(1).max(2_147_483_647);
export const recordChangedDetails = z.object({
  record: z.string(),
  id: z.string(),
  currentVersion: z.number().int(),
  current: z.unknown(),
});
export type RecordChangedDetails = z.infer<typeof recordChangedDetails>;

export const errorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponse>;

/** The error answers a route documents, e.g. `errorResponses(400, 404, 422)`, for its OpenAPI schema. */
export function errorResponses<const S extends readonly number[]>(...statuses: S) {
  return Object.fromEntries(statuses.map((status) => [status, errorResponse])) as {
    [K in S[number]]: typeof errorResponse;
  };
}

/** One entry of `error.details` for bad input: which field, which problem, in words. */
export const fieldProblem = z.object({ field: z.string(), code: z.string(), message: z.string() });
export type FieldProblem = z.infer<typeof fieldProblem>;

export const LOCALES = ['nl', 'en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
