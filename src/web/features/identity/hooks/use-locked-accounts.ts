import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unlockAccount } from '../api/identity-api';
import { identityKeys, identityQueries } from '../api/identity-queries';

export function useLockedAccounts() {
  return useQuery(identityQueries.lockedAccounts());
}

export function useUnlockAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unlockAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: identityKeys.lockedAccounts() }),
  });
}
