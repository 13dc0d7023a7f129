// The codes the identity module answers with (ADR 028).
// Signing in, passwords (ADR 018), the second factor (036), forgot password (037), accounts and
// invitations (034) and organisations' sign-in providers (038).
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
  // The second factor (ADR 036) and forgot password (ADR 037).
  'SECOND_FACTOR_ENROLMENT_NOT_STARTED',
  'SECOND_FACTOR_INVALID',
  'SECOND_FACTOR_NOT_DUE',
  'PASSWORD_RESET_LINK_INVALID',
  // Passkeys and resetting a lost second factor (ADR 040).
  'PASSKEY_NONE',
  'PASSKEY_INVALID',
  'PASSKEY_CHALLENGE_EXPIRED',
  'ACCOUNT_RESET_OWN_SECOND_FACTOR',
  // A code by e-mail (ADR 051).
  'EMAIL_CODE_NOT_ALLOWED',
  'EMAIL_CODE_NO_ADDRESS',
  'EMAIL_CODE_TOO_SOON',
  'EMAIL_CODE_NOT_SENT',
  // People's accounts and their invitations (ADR 034).
  'ROLE_NOT_GRANTABLE',
  'ORGANISATION_REQUIRED',
  'ORGANISATION_INACTIVE',
  'ACCOUNT_OWN_ROLES',
  'ACCOUNT_DEACTIVATE_SELF',
  'INVITATION_UNKNOWN',
  'INVITATION_USED',
  'INVITATION_REVOKED',
  'INVITATION_EXPIRED',
  'EMAIL_TAKEN',
  // A family member's own account (issue 13, ADR 044).
  'FAMILY_ACCOUNT_EXISTS',
  // Not thrown: the sign-in page shows them after the provider's redirect, from the contract's list.
  ...SINGLE_SIGN_ON_FAILURES,
] as const;

declare module '../../platform/http/errors' {
  interface ErrorCatalogues {
    identity: (typeof IDENTITY_ERRORS)[number];
  }
}
