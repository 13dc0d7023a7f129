import { useQuery } from '@tanstack/react-query';
import type { ReferralListFilters } from '../api/referrals-api';
import { referralQueries } from '../api/referrals-queries';

export const useReferralList = (filters: ReferralListFilters, page: number) =>
  useQuery(referralQueries.list(filters, page));
