import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { listLockedAccounts, unlockAccount } from '../api/identity-api';

const LOCKED_ACCOUNTS_KEY = ['locked-accounts'] as const;

export function useLockedAccounts() {
  return useQuery({ queryKey: LOCKED_ACCOUNTS_KEY, queryFn: listLockedAccounts });
}

export function useUnlockAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unlockAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: LOCKED_ACCOUNTS_KEY }),
  });
}
