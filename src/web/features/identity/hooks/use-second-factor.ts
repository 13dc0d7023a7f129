import { useMutation, useQuery } from '@tanstack/react-query';
import { identityQueries } from '../api/identity-queries';
import {
  confirmEmailEnrolment,
  confirmEnrolment,
  sendEmailCode,
  startEnrolment,
  verifySecondFactor,
} from '../api/second-factor-api';

export function useSecondFactorStatus() {
  return useQuery(identityQueries.secondFactor());
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

/** Which second steps the person has (ADR 051); readable while half signed in. */
export function useSecondFactorOptions() {
  return useQuery(identityQueries.secondFactorOptions());
}

export function useSendEmailCode() {
  return useMutation({ mutationFn: sendEmailCode });
}

export function useConfirmEmailEnrolment() {
  return useMutation({ mutationFn: confirmEmailEnrolment });
}
