import type { SingleSignOnFailure } from '../../../contracts/single-sign-on';
import { linkableEmail, providerUsedSecondFactor } from '../../../domain/single-sign-on';
import type { Db, Executor } from '../../platform/db/database';
import { recordAccountEvent } from '../audit';
import { findUserByEmail, type UserRow } from './identity.repository';
import { type OpenedSession, openSession } from './open-session';
import { exchangeCode, providerConfiguration } from './provider-configuration';
import { sessionIdOf } from './session-token';
import {
  findSignInProvider,
  findUserByExternalIdentity,
  insertExternalIdentity,
  type SignInProviderRow,
  takeSingleSignOnAttempt,
  touchExternalIdentity,
} from './single-sign-on.repository';

export type SingleSignOnOutcome =
  | { ok: true; session: OpenedSession }
  | { ok: false; failure: SingleSignOnFailure };

type Callback = {
  /** The callback URL as the browser called it, with the provider's query. */
  url: URL;
  state: string | undefined;
  /** The `state` this browser started with (cookie): another browser's callback does not sign in here. */
  browserState: string | undefined;
  error: string | undefined;
};

/**
 * The provider sent the browser back. Every way this can go wrong ends in a clear refusal on the
 * sign-in page and an audit row, never an error page: a replayed or foreign `state`, a code the
 * provider does not honour, a token for someone eenplan does not know, a missing second factor.
 */
export async function finishSingleSignOn(
  db: Db,
  callback: Callback,
  now: Date,
): Promise<SingleSignOnOutcome> {
  if (!callback.state || callback.state !== callback.browserState)
    return refuse(db, null, null, 'SSO_FAILED', 'state');
  const attempt = await takeSingleSignOnAttempt(db, sessionIdOf(callback.state), now);
  if (!attempt) return refuse(db, null, null, 'SSO_FAILED', 'state');
  const provider = await findSignInProvider(db, attempt.providerId);
  if (!provider?.isActive) return refuse(db, provider, null, 'SSO_FAILED', 'provider');
  if (callback.error) return refuse(db, provider, null, 'SSO_CANCELLED', 'provider-error');

  let claims: Awaited<ReturnType<typeof exchangeCode>>;
  try {
    claims = await exchangeCode(await providerConfiguration(provider), callback.url, {
      codeVerifier: attempt.codeVerifier,
      state: callback.state,
      nonce: attempt.nonce,
    });
  } catch {
    return refuse(db, provider, null, 'SSO_FAILED', 'token');
  }
  if (provider.requireSecondFactor && !providerUsedSecondFactor(claims.amr))
    return refuse(db, provider, null, 'SSO_SECOND_FACTOR_MISSING', 'amr');

  return db.transaction(async (tx) => {
    const user = await personOf(tx, provider, claims, now);
    if (!user) return refuse(tx, provider, null, 'SSO_NO_ACCOUNT', 'no-account');
    if (!user.isActive) return refuse(tx, provider, user, 'SSO_NO_ACCOUNT', 'inactive');
    const session = await openSession(tx, user, now, { method: 'single-sign-on', providerId: provider.id });
    return { ok: true as const, session };
  });
}

/**
 * Who signed in: the account linked to this outside identity, or — the first time — the account
 * with the address the provider verified, in the provider's collaboration *and* organisation. A
 * provider can never sign in someone of another organisation or collaboration.
 */
async function personOf(
  db: Executor,
  provider: SignInProviderRow,
  claims: Awaited<ReturnType<typeof exchangeCode>>,
  now: Date,
): Promise<UserRow | null> {
  const linked = await findUserByExternalIdentity(db, provider.issuer, claims.sub);
  if (linked) {
    if (!belongsTo(linked.user, provider)) return null;
    await touchExternalIdentity(db, linked.identityId, now);
    return linked.user;
  }
  const email = linkableEmail(await claims.address());
  if (!email) return null;
  const user = await findUserByEmail(db, email);
  if (!user || !belongsTo(user, provider)) return null;
  await insertExternalIdentity(db, {
    userId: user.id,
    issuer: provider.issuer,
    subject: claims.sub,
    lastUsedAt: now,
  });
  return user;
}

function belongsTo(user: UserRow, provider: SignInProviderRow): boolean {
  return user.collaborationId === provider.collaborationId && user.organisationId === provider.organisationId;
}

async function refuse(
  db: Parameters<typeof recordAccountEvent>[0],
  provider: SignInProviderRow | null,
  user: UserRow | null,
  failure: SingleSignOnFailure,
  reason: string,
): Promise<SingleSignOnOutcome> {
  await recordAccountEvent(db, {
    action: 'login-failed',
    collaborationId: provider?.collaborationId ?? null,
    entityType: 'account',
    entityId: user?.id ?? 'unknown',
    details: { method: 'single-sign-on', reason, ...(provider ? { providerId: provider.id } : {}) },
  });
  return { ok: false, failure };
}
