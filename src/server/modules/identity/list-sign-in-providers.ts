import type { SignInProvidersResponse } from '../../../contracts/single-sign-on';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { findOrganisation } from '../network';
import {
  listActiveSignInProviders,
  listSignInProviders,
  type SignInProviderRow,
} from './single-sign-on.repository';

export const SINGLE_SIGN_ON_CALLBACK_PATH = '/api/v1/auth/sso/callback';

/** Providers with the name of their organisation, by that name (a handful per installation). */
async function named(db: Db, rows: SignInProviderRow[]) {
  const withNames = await Promise.all(
    rows.map(async (provider) => ({
      provider,
      organisationName:
        (await findOrganisation(db, provider.collaborationId, provider.organisationId))?.name ?? '',
    })),
  );
  return withNames.sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'nl'));
}

/** The administrator's view: every provider of the collaboration and the redirect URI to register. */
export async function listSignInProvidersOf(
  db: Db,
  actor: Actor,
  publicUrl: string,
): Promise<SignInProvidersResponse> {
  const rows = await named(db, await listSignInProviders(db, actor.collaborationId));
  return {
    redirectUri: `${publicUrl}${SINGLE_SIGN_ON_CALLBACK_PATH}`,
    providers: rows.map(({ provider, organisationName }) => ({
      id: provider.id,
      organisation: { id: provider.organisationId, name: organisationName },
      issuer: provider.issuer,
      clientId: provider.clientId,
      hasClientSecret: provider.clientSecret !== null,
      requireSecondFactor: provider.requireSecondFactor,
      isActive: provider.isActive,
    })),
  };
}

/** What the sign-in page offers: whom to choose, nothing of the configuration. */
export async function listSignInProviderChoices(db: Db) {
  const rows = await named(db, await listActiveSignInProviders(db));
  return rows.map(({ provider, organisationName }) => ({ id: provider.id, organisationName }));
}
