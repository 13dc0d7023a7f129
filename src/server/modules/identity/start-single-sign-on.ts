import type { Db } from '../../platform/db/database';
import { authorizationRequest, providerConfiguration } from './provider-configuration';
import { sessionIdOf } from './session-token';
import { findSignInProvider, insertSingleSignOnAttempt } from './single-sign-on.repository';

const ATTEMPT_MINUTES = 10;

/**
 * A person chose "sign in with my organisation": where to send their browser, and the `state`
 * the callback must see again (also in a cookie, so a link someone else started cannot sign this
 * browser in). The PKCE verifier and nonce wait in the database, keyed by the hash of `state`.
 */
export async function startSingleSignOn(db: Db, providerId: string, redirectUri: string, now: Date) {
  const provider = await findSignInProvider(db, providerId);
  if (!provider?.isActive) return { ok: false as const, failure: 'SSO_FAILED' as const };
  let configuration: Awaited<ReturnType<typeof providerConfiguration>>;
  try {
    configuration = await providerConfiguration(provider);
  } catch {
    return { ok: false as const, failure: 'SSO_PROVIDER_UNREACHABLE' as const };
  }
  const request = authorizationRequest(configuration, redirectUri);
  await insertSingleSignOnAttempt(db, {
    stateHash: sessionIdOf(request.state),
    providerId: provider.id,
    codeVerifier: request.codeVerifier,
    nonce: request.nonce,
    expiresAt: new Date(now.getTime() + ATTEMPT_MINUTES * 60_000),
  });
  return {
    ok: true as const,
    url: (await request.url()).href,
    state: request.state,
    maxAgeSeconds: ATTEMPT_MINUTES * 60,
  };
}
