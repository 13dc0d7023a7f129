// The codes the reports module answers with (ADR 028).
// Figures answer only platform codes (a bad period is VALIDATION_FAILED).
// Each needs a message in nl, en and fr (src/i18n/locales/*/errors.json), or `tsc` fails.

export const REPORTS_ERRORS = [] as const;

declare module '../../platform/http/errors' {
  interface ErrorCatalogues {
    reports: (typeof REPORTS_ERRORS)[number];
  }
}
