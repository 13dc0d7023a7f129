// One path from a refused field to the words a person reads (ADR 028), for the server's error
// handler and the web's forms alike: both name the problem the same way, in every language.
import { INT4_MAX, type InputProblem } from '../contracts/common';
import { resources } from './index';

/** The problems a field can have, each with a message under `errors:validation.<problem>`. */
export type ValidationProblem =
  | 'required'
  | 'invalid'
  | 'tooShort'
  | 'tooLong'
  | 'date'
  | 'email'
  | 'choice'
  | 'atLeast'
  | 'atMost'
  | InputProblem;

/**
 * What both sides know of a zod issue. The forms parse with `reportInput` and so see the input;
 * the server sees zod's issue without it (fastify-type-provider-zod keeps the rest).
 */
export type ValidationIssue = {
  code: string;
  message?: string;
  input?: unknown;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  format?: string;
  params?: { problem?: InputProblem };
};

/** A problem with the values its message names, e.g. `{ problem: 'atLeast', values: { min: 1 } }`. */
type Found = { problem: ValidationProblem; values?: Record<string, unknown> };

// At INT4_MAX a bound is PostgreSQL's integer, not a rule of the service: naming 2147483647 helps nobody.
const isNamedBound = (bound: unknown): bound is number =>
  typeof bound === 'number' && Math.abs(bound) < INT4_MAX;
const isBlank = (value: unknown) => value === undefined || value === null || value === '';

function isMissing(issue: ValidationIssue): boolean {
  if ('input' in issue) return isBlank(issue.input);
  return issue.code === 'invalid_type' && String(issue.message).includes('received undefined');
}

/** Looks a key up in the `errors` namespace: i18next's `t` on the web, `translate` on the server. */
type Translate = (key: `validation.${ValidationProblem}`, values?: Record<string, unknown>) => string;

/** The message of one zod issue in the reader's language, the same on the server and in the forms. */
export function validationMessage(issue: ValidationIssue, translate: Translate): string {
  const { problem, values } = validationProblem(issue);
  return translate(`validation.${problem}`, values);
}

/** The problem of one zod issue; the server also answers it as the field's code. */
export function validationProblem(issue: ValidationIssue): Found {
  // The contracts' own guards (common.ts) name their problem: a control character, a date out of range.
  const own = issue.params?.problem;
  if (issue.code === 'custom' && own) return { problem: own };
  if (isMissing(issue)) return { problem: 'required' };
  const isNumber = issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint';
  switch (issue.code) {
    case 'too_small':
      if (!isNumber) return { problem: issue.minimum === 1 ? 'required' : 'tooShort' };
      return isNamedBound(issue.minimum)
        ? { problem: 'atLeast', values: { min: issue.minimum } }
        : { problem: 'numberRange' };
    case 'too_big':
      if (!isNumber) return { problem: 'tooLong' };
      return isNamedBound(issue.maximum)
        ? { problem: 'atMost', values: { max: issue.maximum } }
        : { problem: 'numberRange' };
    case 'invalid_format':
      if (issue.format === 'date') return { problem: 'date' };
      return { problem: issue.format === 'email' ? 'email' : 'invalid' };
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_enum_value':
      return { problem: 'choice' };
    default:
      return { problem: 'invalid' };
  }
}

// Every problem has a message in Dutch, English and French, or `tsc` fails.
resources.nl.errors.validation satisfies Record<ValidationProblem, string>;
resources.en.errors.validation satisfies Record<ValidationProblem, string>;
resources.fr.errors.validation satisfies Record<ValidationProblem, string>;
