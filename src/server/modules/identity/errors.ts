// The codes the identity module answers with (ADR 028).
// Signing in, passwords (ADR 018) and organisations' sign-in providers (ADR 038).
// Each needs a message in nl, en and fr (src/i18n/locales/*/errors.json), or `tsc` fails.
import { SINGLE_SIGN_ON_FAILURES } from '../../../contracts/single-sign-on';

export const IDENTITY_ERRORS = [
  'INVALID_CREDENTIALS',
  'TOO_MANY_SIGN_IN_ATTEMPTS',
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'PASSWORD_TOO_COMMON',
  'ISSUER_NOT_URL',
  'ISSUER_NOT_HTTPS',
  'ISSUER_MULTI_TENANT',
  'ISSUER_UNREACHABLE',
  // Not thrown: the sign-in page shows them after the provider's redirect, from the contract's list.
  ...SINGLE_SIGN_ON_FAILURES,
] as const;

declare module '../../platform/http/errors' {
  interface ErrorCatalogues {
    identity: (typeof IDENTITY_ERRORS)[number];
  }
}
