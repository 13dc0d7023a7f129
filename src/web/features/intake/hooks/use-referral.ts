import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DecisionBody, DuplicateReviewBody, ReferralDto } from '../../../../contracts/intake';
import { isApiError } from '../../../lib/api';
import {
  decideReferral,
  getReferral,
  recordPerspectiveConversation,
  reviewDuplicate,
} from '../api/referrals-api';

const referralKey = (id: string) => ['referrals', 'detail', id] as const;

export function useReferral(id: string) {
  return useQuery({ queryKey: referralKey(id), queryFn: () => getReferral(id) });
}

/** Every change answers the updated referral: put it in the cache, refresh lists and figures. */
function useReferralMutation<TInput>(id: string, mutate: (input: TInput) => Promise<ReferralDto>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mutate,
    onSuccess: (referral) => {
      queryClient.setQueryData(referralKey(id), referral);
      void queryClient.invalidateQueries({ queryKey: ['referrals', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['audit', id] });
      void queryClient.invalidateQueries({ queryKey: ['figures'] });
    },
    onError: (error) => {
      // Someone else got there first (409): show the referral as it now is.
      if (isApiError(error) && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: referralKey(id) });
    },
  });
}

export const useDecideReferral = (id: string) =>
  useReferralMutation(id, (body: DecisionBody) => decideReferral(id, body));

export const useReviewDuplicate = (id: string) =>
  useReferralMutation(id, (body: DuplicateReviewBody) => reviewDuplicate(id, body));

export const useRecordPerspectiveConversation = (id: string) =>
  useReferralMutation(id, (heldOn: string) => recordPerspectiveConversation(id, heldOn));
