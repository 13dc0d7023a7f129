// The codes the API answers with (ADR 028). Each module lists its own in `<module>/errors.ts` and
// registers that list here by declaration merging, so the platform names no module and still
// knows every code: `AppError` accepts only an `ErrorCode`, and a code without a Dutch, English
// and French message fails `tsc` (platform/i18n/error-messages.ts).

/** Codes of the platform itself: sessions, permissions, bad input, stale saves, failures. */
export const PLATFORM_ERRORS = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  // Half signed in: a second factor or its enrolment is still due (ADR 036).
  'SIGN_IN_INCOMPLETE',
  'FORBIDDEN',
  'NOT_FOUND',
  'CSRF_TOKEN_INVALID',
  'TOO_MANY_REQUESTS',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'INTERNAL_ERROR',
  // ADR 043: the database does not answer (restarting, unreachable): try again shortly, not a fault.
  'DATABASE_UNAVAILABLE',
  // ADR 043: the process is stopping (a deploy, a restart); another one (or this one again) answers.
  'SHUTTING_DOWN',
  'INPUT_NOT_STORABLE',
  // ADR 020: a save that names an older version than the stored one.
  'RECORD_CHANGED',
] as const;

/**
 * One entry per catalogue: `platform` here, and each module adds its own in its errors.ts:
 * `declare module '../../platform/http/errors' { interface ErrorCatalogues { intake: … } }`.
 */
export interface ErrorCatalogues {
  platform: (typeof PLATFORM_ERRORS)[number];
}

/** Every code the API can answer with. */
export type ErrorCode = ErrorCatalogues[keyof ErrorCatalogues];
