import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getSecondFactorPolicy, saveSecondFactorPolicy } from '../api/second-factor-api';

const POLICY_KEY = ['second-factor-policy'] as const;

export function useSecondFactorPolicy() {
  return useQuery({ queryKey: POLICY_KEY, queryFn: getSecondFactorPolicy });
}

export function useSaveSecondFactorPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveSecondFactorPolicy,
    onSuccess: (policy) => queryClient.setQueryData(POLICY_KEY, policy),
  });
}
