// The codes the portal module answers with (ADR 028).
// The family's own view answers only platform codes.
// Each needs a message in nl, en and fr (src/i18n/locales/*/errors.json), or `tsc` fails.

export const PORTAL_ERRORS = [] as const;

declare module '../../platform/http/errors' {
  interface ErrorCatalogues {
    portal: (typeof PORTAL_ERRORS)[number];
  }
}
