import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DecisionBody,
  DuplicateReviewBody,
  FamilyIdentityBody,
  ReferralDto,
} from '../../../../contracts/intake';
import { afterSaveSlot } from '../../../lib/after-save';
import { isApiError } from '../../../lib/api';
import {
  addFamilyIdentity,
  decideReferral,
  recordPerspectiveConversation,
  reviewDuplicate,
} from '../api/referrals-api';
import { referralKeys, referralQueries } from '../api/referrals-queries';

export const useReferral = (id: string) => useQuery(referralQueries.detail(id));

/** A change to a referral shows in other features (its audit trail, the figures): the page says which. */
export const ReferralSaved = afterSaveSlot<{ referralId: string }>();

/** Every change answers the updated referral: put it in the cache, refresh the lists. */
function useReferralMutation<TInput>(id: string, mutate: (input: TInput) => Promise<ReferralDto>) {
  const queryClient = useQueryClient();
  const afterSave = ReferralSaved.useAfterSave();
  return useMutation({
    mutationFn: mutate,
    onSuccess: (referral) => {
      queryClient.setQueryData(referralKeys.detail(id), referral);
      void queryClient.invalidateQueries({ queryKey: referralKeys.lists() });
      void afterSave({ referralId: id });
    },
    onError: (error) => {
      // Someone else got there first (409): show the referral as it now is.
      if (isApiError(error) && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: referralKeys.detail(id) });
    },
  });
}

export const useDecideReferral = (id: string) =>
  useReferralMutation(id, (body: DecisionBody) => decideReferral(id, body));

export const useReviewDuplicate = (id: string) =>
  useReferralMutation(id, (body: DuplicateReviewBody) => reviewDuplicate(id, body));

export const useRecordPerspectiveConversation = (id: string) =>
  useReferralMutation(id, (heldOn: string) => recordPerspectiveConversation(id, heldOn));

export const useAddFamilyIdentity = (id: string) =>
  useReferralMutation(id, (body: FamilyIdentityBody) => addFamilyIdentity(id, body));
