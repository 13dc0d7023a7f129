import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { identityKeys, identityQueries } from '../api/identity-queries';
import { saveSecondFactorPolicy } from '../api/second-factor-api';

export function useSecondFactorPolicy() {
  return useQuery(identityQueries.secondFactorPolicy());
}

export function useSaveSecondFactorPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveSecondFactorPolicy,
    onSuccess: (policy) => queryClient.setQueryData(identityKeys.secondFactorPolicy(), policy),
  });
}
