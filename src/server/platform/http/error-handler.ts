import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { FieldProblem, Locale } from '../../../contracts/common';
import { localeFromHeader, translate } from '../i18n/translate';
import { AppError } from './app-error';

export function requestLocale(request: FastifyRequest): Locale {
  return localeFromHeader(request.headers['accept-language']) ?? request.actor?.locale ?? 'nl';
}

// zod issue → one of a few messages a person understands, in their language.
function validationMessageKey(issue: {
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}): string {
  // The contracts' own guards (common.ts) name their problem: a control character, a date out of range.
  const own = (issue.params.params as { problem?: string } | undefined)?.problem;
  if (issue.keyword === 'custom' && own) return own;
  if (issue.keyword === 'invalid_type' && String(issue.message).includes('received undefined'))
    return 'required';
  if (issue.keyword === 'invalid_format') {
    if (issue.params.format === 'date') return 'date';
    if (issue.params.format === 'email') return 'email';
  }
  if (issue.keyword === 'too_small') return issue.params.minimum === 1 ? 'required' : 'tooShort';
  if (issue.keyword === 'too_big') return issue.params.origin === 'number' ? 'numberRange' : 'tooLong';
  if (['invalid_value', 'invalid_union', 'invalid_enum_value'].includes(issue.keyword)) return 'choice';
  return 'invalid';
}

const FASTIFY_CODES: Record<string, [AppError['status'], string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'VALIDATION_FAILED'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'VALIDATION_FAILED'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'VALIDATION_FAILED'],
};

/**
 * PostgreSQL's class 22 "data exception" (22P05 untranslatable character, 22008 datetime overflow,
 * 22003 numeric out of range, 22001 string too long, …): input the contracts should have refused.
 * A backstop: the statement failed, so nothing changed, and the caller hears 400, not 500.
 */
export function postgresDataException(error: unknown): string | null {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 3; depth++) {
    if (typeof e.code === 'string' && /^22[0-9A-Z]{3}$/.test(e.code)) return e.code;
    e = e.cause as typeof e;
  }
  return null;
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const locale = requestLocale(request);
  const send = (status: number, code: string, details?: unknown, params?: Record<string, unknown>) =>
    reply.status(status).send({
      error: {
        code,
        message: translate(locale, code, params),
        ...(details === undefined ? {} : { details }),
      },
    });

  if (error instanceof AppError) {
    const details = Array.isArray(error.options.details)
      ? error.options.details.map((d) => ({
          ...d,
          message: d.message || translate(locale, d.code, error.options.params),
        }))
      : error.options.details;
    return send(error.status, error.code, details, error.options.params);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details: FieldProblem[] = [];
    for (const issue of error.validation) {
      const key = validationMessageKey(issue);
      const problem: FieldProblem = {
        field:
          issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || (error.validationContext ?? 'body'),
        // The contracts' own guards name their problem (controlCharacter, dateRange) as the code.
        code: issue.keyword === 'custom' ? key : issue.keyword,
        message: translate(locale, `validation.${key}`),
      };
      // Two checks of one field may fail alike (a date out of every range): say it once.
      if (!details.some((d) => d.field === problem.field && d.code === problem.code)) details.push(problem);
    }
    return send(400, 'VALIDATION_FAILED', details);
  }
  const dataException = postgresDataException(error);
  if (dataException) {
    request.log.warn({ err: error, sqlState: dataException }, 'input refused by PostgreSQL');
    return send(400, 'INPUT_NOT_STORABLE', { sqlState: dataException });
  }
  if (error.statusCode === 429) return send(429, 'TOO_MANY_REQUESTS');
  const known = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (known) return send(known[0], known[1]);
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
    return send(400, 'VALIDATION_FAILED');

  request.log.error({ err: error }, 'unhandled error');
  return send(500, 'INTERNAL_ERROR');
}
