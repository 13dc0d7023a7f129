import { useMutation, useQuery } from '@tanstack/react-query';
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

// The status is fetched again only once the recovery codes were shown (the card's onDone):
// refetching at once would swap the form, and the codes with it, for the "linked" badge.
export function useConfirmEnrolment() {
  return useMutation({ mutationFn: confirmEnrolment });
}
