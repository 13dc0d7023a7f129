// The identity feature's query keys and queries: the one place they are written (ADR 030). The
// session itself is everyone's and lives in lib/session.ts.
import { queryOptions } from '@tanstack/react-query';
import { listLockedAccounts } from './identity-api';
import { listSignInProviderChoices, listSignInProviders } from './single-sign-on-api';

export const identityKeys = {
  all: ['identity'] as const,
  lockedAccounts: () => [...identityKeys.all, 'locked-accounts'] as const,
  /** Organisations whose people sign in with their own provider (ADR 038). */
  signInProviders: () => [...identityKeys.all, 'sign-in-providers'] as const,
  signInProviderChoices: () => [...identityKeys.all, 'sign-in-provider-choices'] as const,
};

export const identityQueries = {
  lockedAccounts: () =>
    queryOptions({ queryKey: identityKeys.lockedAccounts(), queryFn: listLockedAccounts }),
  signInProviders: () =>
    queryOptions({ queryKey: identityKeys.signInProviders(), queryFn: listSignInProviders }),
  signInProviderChoices: () =>
    queryOptions({ queryKey: identityKeys.signInProviderChoices(), queryFn: listSignInProviderChoices }),
};
