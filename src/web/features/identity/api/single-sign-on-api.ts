import type { SignInProviderBody, SignInProvidersResponse } from '../../../../contracts/single-sign-on';
import { api } from '../../../lib/api';

export type SignInProviderChoice = { id: string; organisationName: string };

export const listSignInProviderChoices = async () =>
  (await api.get<{ providers: SignInProviderChoice[] }>('/auth/sso/providers')).providers;

/** A full page navigation, not a fetch: the browser goes to the provider and comes back signed in. */
export const singleSignOnStartUrl = (providerId: string) => `/api/v1/auth/sso/${providerId}/start`;

export const listSignInProviders = () => api.get<SignInProvidersResponse>('/sign-in-providers');

export const saveSignInProvider = (body: SignInProviderBody) =>
  api.put<SignInProvidersResponse>('/sign-in-providers', body);
