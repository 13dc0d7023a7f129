// One error type for the whole API: a stable code for machines, a translated message for
// people, the status that fits and, for bad input, the fields concerned.
import type { FieldProblem } from '../../../contracts/common';
import type { ErrorCode } from './errors';

export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500,
    readonly code: ErrorCode,
    readonly options: {
      details?: FieldProblem[] | Record<string, unknown>;
      params?: Record<string, unknown>;
    } = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = () => new AppError(404, 'NOT_FOUND');

/** A business rule refused the input: 422 with the field it concerns. */
export function unprocessable(code: ErrorCode, field?: string, params?: Record<string, unknown>): AppError {
  return new AppError(422, code, {
    ...(field ? { details: [{ field, code, message: '' }] } : {}),
    ...(params ? { params } : {}),
  });
}
