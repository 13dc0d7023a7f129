// The codes the team module answers with (ADR 028).
// Workers, type modules and absences.
// Each needs a message in nl, en and fr (src/i18n/locales/*/errors.json), or `tsc` fails.

export const TEAM_ERRORS = [
  'ORGANISATION_UNKNOWN',
  'TYPE_MODULE_UNKNOWN',
  'ZONE_NOT_SERVED',
  'USER_UNKNOWN',
  'SECONDMENT_END_BEFORE_START',
  'FTE_ABOVE_FULL_TIME',
  'ABSENCE_END_BEFORE_START',
  // Adding a worker and inviting their account in one go (issue 12).
  'WORKER_ALREADY_HAS_ACCOUNT',
] as const;

declare module '../../platform/http/errors' {
  interface ErrorCatalogues {
    team: (typeof TEAM_ERRORS)[number];
  }
}
