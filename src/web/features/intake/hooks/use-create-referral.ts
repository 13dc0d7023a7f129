import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateReferralBody } from '../../../../contracts/intake';
import { createReferral } from '../api/referrals-api';

export function useCreateReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReferralBody) => createReferral(body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['referrals', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['figures'] });
    },
  });
}
