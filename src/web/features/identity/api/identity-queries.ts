// The identity feature's query keys and queries: the one place they are written (ADR 030). The
// session itself is everyone's and lives in lib/session.ts.
import { queryOptions } from '@tanstack/react-query';
import { listAccounts, lookupInvitation } from './accounts-api';
import { listLockedAccounts } from './identity-api';
import { listPasskeys } from './passkeys-api';
import {
  getSecondFactorOptions,
  getSecondFactorPolicy,
  getSecondFactorStatus,
  listSessions,
} from './second-factor-api';
import { listSignInProviderChoices, listSignInProviders } from './single-sign-on-api';

export const identityKeys = {
  all: ['identity'] as const,
  lockedAccounts: () => [...identityKeys.all, 'locked-accounts'] as const,
  /** Organisations whose people sign in with their own provider (ADR 038). */
  signInProviders: () => [...identityKeys.all, 'sign-in-providers'] as const,
  signInProviderChoices: () => [...identityKeys.all, 'sign-in-provider-choices'] as const,
  /** The signed-in person's authenticator app (ADR 036) and where they are signed in (ADR 037). */
  secondFactor: () => [...identityKeys.all, 'second-factor'] as const,
  sessions: () => [...identityKeys.all, 'sessions'] as const,
  /** Which second steps the person has, and whether a code by e-mail is open to them (ADR 051). */
  secondFactorOptions: () => [...identityKeys.all, 'second-factor-options'] as const,
  /** The signed-in person's passkeys (ADR 040). */
  passkeys: () => [...identityKeys.all, 'passkeys'] as const,
  secondFactorPolicy: () => [...identityKeys.all, 'second-factor-policy'] as const,
  /** People's accounts and whom an invitation link is for (ADR 034). */
  accounts: () => [...identityKeys.all, 'accounts'] as const,
  invitation: (token: string) => [...identityKeys.all, 'invitation', token] as const,
};

export const identityQueries = {
  secondFactorOptions: () =>
    queryOptions({ queryKey: identityKeys.secondFactorOptions(), queryFn: getSecondFactorOptions }),
  lockedAccounts: () =>
    queryOptions({ queryKey: identityKeys.lockedAccounts(), queryFn: listLockedAccounts }),
  signInProviders: () =>
    queryOptions({ queryKey: identityKeys.signInProviders(), queryFn: listSignInProviders }),
  signInProviderChoices: () =>
    queryOptions({ queryKey: identityKeys.signInProviderChoices(), queryFn: listSignInProviderChoices }),
  secondFactor: () => queryOptions({ queryKey: identityKeys.secondFactor(), queryFn: getSecondFactorStatus }),
  sessions: () => queryOptions({ queryKey: identityKeys.sessions(), queryFn: listSessions }),
  passkeys: () => queryOptions({ queryKey: identityKeys.passkeys(), queryFn: listPasskeys }),
  secondFactorPolicy: () =>
    queryOptions({ queryKey: identityKeys.secondFactorPolicy(), queryFn: getSecondFactorPolicy }),
  accounts: () => queryOptions({ queryKey: identityKeys.accounts(), queryFn: listAccounts }),
  invitation: (token: string) =>
    queryOptions({
      queryKey: identityKeys.invitation(token),
      queryFn: () => lookupInvitation(token),
      enabled: token.length > 0,
      retry: false,
    }),
};
