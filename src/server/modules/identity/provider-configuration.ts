// The OpenID Connect side of organisational sign-on (ADR 038): discovery of a provider and the
// authorization-code exchange, through openid-client (which checks issuer, audience, signature,
// nonce and PKCE). Discovered metadata is kept a few minutes so a morning of sign-ins does not
// fetch it every time; a change of the provider's settings clears it.
import * as oidc from 'openid-client';
import { allowsInsecureHttp } from '../../../domain/single-sign-on';
import type { SignInProviderRow } from './single-sign-on.repository';

const CACHE_MS = 5 * 60 * 1000;
const TIMEOUT_MS = 5000;
// Age on the monotonic clock: a cache's lifetime is not a date a rule reads (ADR 027).
const cache = new Map<string, { key: string; at: number; configuration: oidc.Configuration }>();

function cacheKey(provider: SignInProviderRow): string {
  return [
    provider.issuer,
    provider.clientId,
    provider.clientSecret ?? '',
    provider.updatedAt.toISOString(),
  ].join('\n');
}

export async function providerConfiguration(provider: SignInProviderRow): Promise<oidc.Configuration> {
  const key = cacheKey(provider);
  const cached = cache.get(provider.id);
  if (cached && cached.key === key && performance.now() - cached.at < CACHE_MS) return cached.configuration;
  const configuration = await discover(provider.issuer, provider.clientId, provider.clientSecret);
  cache.set(provider.id, { key, at: performance.now(), configuration });
  return configuration;
}

export async function discover(issuer: string, clientId: string, clientSecret: string | null) {
  return oidc.discovery(
    new URL(issuer),
    clientId,
    clientSecret ?? undefined,
    clientSecret ? oidc.ClientSecretBasic(clientSecret) : oidc.None(),
    {
      timeout: TIMEOUT_MS / 1000,
      // Plain http only for a provider on this machine (tests); the issuer rule refuses it elsewhere.
      ...(allowsInsecureHttp(issuer) ? { execute: [oidc.allowInsecureRequests] } : {}),
    },
  );
}

export function authorizationRequest(configuration: oidc.Configuration, redirectUri: string) {
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  return {
    codeVerifier,
    state,
    nonce,
    url: async () =>
      oidc.buildAuthorizationUrl(configuration, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      }),
  };
}

/**
 * The claims of a checked ID token for the code the provider sent back, and the person's address
 * as the provider vouches for it: from the ID token when it carries one, else from the userinfo
 * endpoint (conformant providers keep scope claims out of the ID token) — asked only when needed.
 */
export async function exchangeCode(
  configuration: oidc.Configuration,
  callbackUrl: URL,
  expected: { codeVerifier: string; state: string; nonce: string },
) {
  const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
    pkceCodeVerifier: expected.codeVerifier,
    expectedState: expected.state,
    expectedNonce: expected.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('no ID token');
  const address = async () => {
    if (typeof claims.email === 'string')
      return { email: claims.email, emailVerified: claims.email_verified };
    const info = await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub);
    return { email: info.email, emailVerified: info.email_verified };
  };
  return { sub: claims.sub, amr: claims.amr, address };
}
