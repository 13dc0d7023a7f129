import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unlockAccount } from '../api/auth-api';
import { authKeys, authQueries } from '../api/auth-queries';

export function useLockedAccounts() {
  return useQuery(authQueries.lockedAccounts());
}

export function useUnlockAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unlockAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.lockedAccounts() }),
  });
}
