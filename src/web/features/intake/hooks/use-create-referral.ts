import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateReferralBody } from '../../../../contracts/intake';
import { afterSaveSlot } from '../../../lib/after-save';
import { createReferral } from '../api/referrals-api';
import { referralKeys } from '../api/referrals-queries';

/** A new referral counts in other features' lists (the figures): the page says which. */
export const ReferralCreated = afterSaveSlot<void>();

export function useCreateReferral() {
  const queryClient = useQueryClient();
  const afterSave = ReferralCreated.useAfterSave();
  return useMutation({
    mutationFn: (body: CreateReferralBody) => createReferral(body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: referralKeys.lists() });
      void afterSave();
    },
  });
}
