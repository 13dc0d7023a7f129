// The codes the audit module answers with (ADR 028).
// The audit trail answers only platform codes.
// Each needs a message in nl, en and fr (src/i18n/locales/*/errors.json), or `tsc` fails.

export const AUDIT_ERRORS = [] as const;

declare module '../../platform/http/errors' {
  interface ErrorCatalogues {
    audit: (typeof AUDIT_ERRORS)[number];
  }
}
