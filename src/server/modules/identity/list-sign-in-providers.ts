import type { SignInProvidersResponse } from '../../../contracts/single-sign-on';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { listSignInProviders } from './single-sign-on.repository';

export const SINGLE_SIGN_ON_CALLBACK_PATH = '/api/v1/auth/sso/callback';

export async function listSignInProvidersOf(
  db: Db,
  actor: Actor,
  publicUrl: string,
): Promise<SignInProvidersResponse> {
  const rows = await listSignInProviders(db, actor.collaborationId);
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
