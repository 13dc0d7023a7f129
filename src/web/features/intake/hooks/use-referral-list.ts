import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listReferrals, type ReferralListFilters } from '../api/referrals-api';

export const REFERRALS_PAGE_SIZE = 50;

export function useReferralList(filters: ReferralListFilters, page: number) {
  return useQuery({
    queryKey: ['referrals', 'list', filters, page],
    queryFn: () =>
      listReferrals(filters, { limit: REFERRALS_PAGE_SIZE, offset: (page - 1) * REFERRALS_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}
