import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { FieldProblem, Locale } from '../../../contracts/common';
import { validationMessage, validationProblem } from '../../../i18n/validation-message';
import { isDatabaseUnavailable } from '../db/unavailable';
import { translateError } from '../i18n/error-messages';
import { localeFromHeader, translate } from '../i18n/translate';
import { AppError } from './app-error';
import type { ErrorCode } from './errors';

export function requestLocale(request: FastifyRequest): Locale {
  return localeFromHeader(request.headers['accept-language']) ?? request.actor?.locale ?? 'nl';
}

/** How long a caller waits before trying again when the database is away: about one restart. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

const FASTIFY_CODES: Record<string, [AppError['status'], ErrorCode]> = {
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
  const send = (status: number, code: ErrorCode, details?: unknown, params?: Record<string, unknown>) =>
    reply.status(status).send({
      error: {
        code,
        message: translateError(locale, code, params),
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
    for (const { keyword, message, params, instancePath } of error.validation) {
      // The provider keeps zod's issue apart from its code and message: put them back together.
      const issue = { ...params, code: keyword, message };
      const problem: FieldProblem = {
        field: instancePath.replace(/^\//, '').replaceAll('/', '.') || (error.validationContext ?? 'body'),
        // The contracts' own guards name their problem (controlCharacter, dateRange) as the code.
        code: keyword === 'custom' ? validationProblem(issue).problem : keyword,
        message: validationMessage(issue, (key, values) => translate(locale, key, values)),
      };
      // Two checks of one field may fail alike (a date out of every range): say it once.
      if (!details.some((d) => d.field === problem.field && d.code === problem.code)) details.push(problem);
    }
    return send(400, 'VALIDATION_FAILED', details);
  }
  if (isDatabaseUnavailable(error)) {
    // Not a fault of this request: the database restarts or is unreachable (ADR 043).
    request.log.warn({ err: error }, 'database unavailable');
    reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
    return send(503, 'DATABASE_UNAVAILABLE');
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
