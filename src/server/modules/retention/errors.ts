// The codes the retention module answers with (ADR 028).
// R30: the collaboration's retention age.
// Each needs a message in nl, en and fr (src/i18n/locales/*/errors.json), or `tsc` fails.

export const RETENTION_ERRORS = ['RETENTION_AGE_OUT_OF_RANGE'] as const;

declare module '../../platform/http/errors' {
  interface ErrorCatalogues {
    retention: (typeof RETENTION_ERRORS)[number];
  }
}
