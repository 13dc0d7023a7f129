// Backstop behind the contracts (issue 10): PostgreSQL cannot store a NUL character in text or
// JSON, so one that slipped past a contract would end as a 500. Refused here, wherever it hides
// in a body, a query or the path, with the field named.
import type { FastifyRequest } from 'fastify';
import type { FieldProblem } from '../../../contracts/common';
import { translate } from '../i18n/translate';
import { AppError } from './app-error';
import { requestLocale } from './error-handler';

/** The path of the first string (value or key) holding a NUL character, or null. */
export function findNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (key.includes('\u0000')) return at;
    const found = findNul(child, at);
    if (found) return found;
  }
  return null;
}

export async function refuseNul(request: FastifyRequest) {
  const field =
    findNul(request.params, '') ?? findNul(request.query, '') ?? findNul(request.body, '') ?? null;
  if (field === null) return;
  const problem: FieldProblem = {
    field: field || 'body',
    code: 'controlCharacter',
    message: translate(requestLocale(request), 'validation.controlCharacter'),
  };
  throw new AppError(400, 'VALIDATION_FAILED', { details: [problem] });
}
