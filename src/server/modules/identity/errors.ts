// The codes the identity module answers with (ADR 028).
// Signing in and passwords (ADR 018).
// Each needs a message in nl, en and fr (src/i18n/locales/*/errors.json), or `tsc` fails.

export const IDENTITY_ERRORS = [
  'INVALID_CREDENTIALS',
  'TOO_MANY_SIGN_IN_ATTEMPTS',
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'PASSWORD_TOO_COMMON',
] as const;

declare module '../../platform/http/errors' {
  interface ErrorCatalogues {
    identity: (typeof IDENTITY_ERRORS)[number];
  }
}
