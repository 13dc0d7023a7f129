import { z } from 'zod';

// The one guard of every field a person or partner system types (issue 10). The contracts, not
// PostgreSQL, refuse bad input: the database answers a NUL byte or year 10000 with a 500.

/** Why a field was refused beyond zod's own checks; the error handler translates `validation.<problem>`. */
export type InputProblem = 'controlCharacter' | 'dateRange' | 'numberRange';
const problem = (name: InputProblem) => ({ params: { problem: name } });

/** Control characters except tab, line feed and carriage return; PostgreSQL cannot store NUL at all. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
export const hasNoControlCharacter = (value: string) => !CONTROL_CHARACTER.test(value);

/** A code or key as sent (not trimmed): a funding line, a zone, an owner filter. */
export const token = (max: number) =>
  z.string().max(max).refine(hasNoControlCharacter, problem('controlCharacter'));
/** Free text a person typed, trimmed, at most `max` characters. */
export const text = (max: number) =>
  z.string().trim().max(max).refine(hasNoControlCharacter, problem('controlCharacter'));
export const requiredText = (max: number) => text(max).min(1);
export const optionalText = (max: number) => text(max).optional().nullable();

/**
 * The calendar the service works in: no record of youth care lies before 1900 (a grandparent's
 * birth date) or after 2100. Rules narrow further where they know more (R1 extensions, figure years).
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
const yearOf = (date: string) => Number(date.slice(0, 4));

/** Dates travel as YYYY-MM-DD, as the integration API promises partner systems. */
export const isoDate = z.iso
  .date()
  .refine((d) => yearOf(d) >= MIN_YEAR && yearOf(d) <= MAX_YEAR, problem('dateRange'));

/** A year of figures, money or zone data: from the first year of the programme to next year. */
export const FIRST_YEAR = 2000;
export const lastPlanningYear = (today: Date = new Date()) => today.getUTCFullYear() + 1;
/** A date of figures (a period's start or end): a year from 2000 to next year. */
export const figureDate = isoDate.refine(
  (d) => yearOf(d) >= FIRST_YEAR && yearOf(d) <= lastPlanningYear(),
  problem('dateRange'),
);

/** A whole number PostgreSQL's `integer` holds (cents, minutes, counts): never past 2^31 − 1. */
export const INT4_MAX = 2_147_483_647;

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
