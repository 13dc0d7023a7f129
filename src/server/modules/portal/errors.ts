// The codes the portal module answers with (ADR 028).
// Each needs a message in nl, en and fr (src/i18n/locales/*/errors.json), or `tsc` fails.

export const PORTAL_ERRORS = [
  // R27: a child under 12 has no account of its own; its parents exercise its rights.
  'FAMILY_ACCOUNT_TOO_YOUNG',
] as const;

declare module '../../platform/http/errors' {
  interface ErrorCatalogues {
    portal: (typeof PORTAL_ERRORS)[number];
  }
}
