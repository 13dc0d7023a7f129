import { z } from 'zod';
import { requiredText, token } from './common';

// Organisational single sign-on (issue #12, ADR 038).

/** A partner organisation's identity provider as the administrator sees it; the secret never leaves. */
export const signInProviderDto = z.object({
  id: z.uuid(),
  organisation: z.object({ id: z.uuid(), name: z.string() }),
  issuer: z.string(),
  clientId: z.string(),
  hasClientSecret: z.boolean(),
  requireSecondFactor: z.boolean(),
  isActive: z.boolean(),
});
export type SignInProviderDto = z.infer<typeof signInProviderDto>;

export const signInProvidersResponse = z.object({
  /** What to register at the provider as the redirect URI. */
  redirectUri: z.string(),
  providers: z.array(signInProviderDto),
});
export type SignInProvidersResponse = z.infer<typeof signInProvidersResponse>;

/** `clientSecret`: a new secret, null to drop it (public client with PKCE), absent to keep it. */
export const signInProviderBody = z.object({
  organisationId: z.uuid(),
  issuer: requiredText(500),
  clientId: token(200).min(1),
  clientSecret: token(500).min(1).nullable().optional(),
  requireSecondFactor: z.boolean(),
  isActive: z.boolean(),
});
export type SignInProviderBody = z.infer<typeof signInProviderBody>;

/** What the sign-in page offers: no issuer or client details, only whom to choose. */
export const publicSignInProviders = z.object({
  providers: z.array(z.object({ id: z.uuid(), organisationName: z.string() })),
});

/** What the provider sends back to the callback; anything else is ignored. */
export const singleSignOnCallbackQuery = z.object({
  code: token(2000).optional(),
  state: token(200).optional(),
  error: token(200).optional(),
});

/** Why a sign-in through an organisation did not open a session: shown on the sign-in page. */
export const SINGLE_SIGN_ON_FAILURES = [
  'SSO_FAILED',
  'SSO_NO_ACCOUNT',
  'SSO_SECOND_FACTOR_MISSING',
  'SSO_CANCELLED',
  'SSO_PROVIDER_UNREACHABLE',
] as const;
export type SingleSignOnFailure = (typeof SINGLE_SIGN_ON_FAILURES)[number];
