import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  confirmEnrolment,
  getSecondFactorStatus,
  startEnrolment,
  verifySecondFactor,
} from '../api/second-factor-api';

const STATUS_KEY = ['second-factor'] as const;

export function useSecondFactorStatus() {
  return useQuery({ queryKey: STATUS_KEY, queryFn: getSecondFactorStatus });
}

export function useVerifySecondFactor() {
  return useMutation({ mutationFn: verifySecondFactor });
}

export function useStartEnrolment() {
  return useMutation({ mutationFn: startEnrolment });
}

export function useConfirmEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmEnrolment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: STATUS_KEY }),
  });
}
