// The auth feature's query keys and queries: the one place they are written (ADR 030). The
// session itself is everyone's and lives in lib/session.ts.
import { queryOptions } from '@tanstack/react-query';
import { listLockedAccounts } from './auth-api';

export const authKeys = {
  all: ['auth'] as const,
  lockedAccounts: () => [...authKeys.all, 'locked-accounts'] as const,
};

export const authQueries = {
  lockedAccounts: () => queryOptions({ queryKey: authKeys.lockedAccounts(), queryFn: listLockedAccounts }),
};
