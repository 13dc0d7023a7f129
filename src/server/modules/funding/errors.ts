// The codes the funding module answers with (ADR 028).
// Funding lines, their years, spending and pilots; intake and trajectories answer the line codes too.
// Each needs a message in nl, en and fr (src/i18n/locales/*/errors.json), or `tsc` fails.

export const FUNDING_ERRORS = [
  'FUNDING_LINE_UNKNOWN',
  'FUNDING_LINE_ENDED',
  'COMPETENCE_SPLIT_ABOVE_BUDGET',
  'SPENDING_OUTSIDE_YEAR',
  'SPENDING_ALREADY_CANCELLED',
  'PILOT_END_BEFORE_START',
  'YEAR_NOT_CLOSED',
  'RESIDUAL_FUNDS_INSUFFICIENT',
  'ZONE_DATA_MALFORMED',
] as const;

declare module '../../platform/http/errors' {
  interface ErrorCatalogues {
    funding: (typeof FUNDING_ERRORS)[number];
  }
}
