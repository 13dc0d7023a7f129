// The codes the assignment module answers with (ADR 028).
// Assignment by availability (R10).
// Each needs a message in nl, en and fr (src/i18n/locales/*/errors.json), or `tsc` fails.

export const ASSIGNMENT_ERRORS = [
  'WORKER_NOT_ASSIGNABLE',
  'WORKER_WITHOUT_ACCOUNT',
  'ASSIGNMENT_OVERRIDE_REASON_REQUIRED',
] as const;

declare module '../../platform/http/errors' {
  interface ErrorCatalogues {
    assignment: (typeof ASSIGNMENT_ERRORS)[number];
  }
}
