// The intake feature's query keys and queries: the one place they are written (ADR 030).
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { DuplicateCheckBody, PossibleDuplicateDto } from '../../../../contracts/intake';
import { isApiError } from '../../../lib/api';
import { checkDuplicates, getReferral, listReferrals, type ReferralListFilters } from './referrals-api';

export const REFERRALS_PAGE_SIZE = 50;

export const NO_CANDIDATES: PossibleDuplicateDto[] = [];

export const referralKeys = {
  all: ['referrals'] as const,
  lists: () => [...referralKeys.all, 'list'] as const,
  list: (filters: ReferralListFilters, page: number) => [...referralKeys.lists(), filters, page] as const,
  detail: (id: string) => [...referralKeys.all, 'detail', id] as const,
  /** `body` is the serialised form, so equal forms share one answer. */
  duplicateCheck: (body: string | null) => [...referralKeys.all, 'duplicate-check', body] as const,
};

export const referralQueries = {
  list: (filters: ReferralListFilters, page: number) =>
    queryOptions({
      queryKey: referralKeys.list(filters, page),
      queryFn: () =>
        listReferrals(filters, { limit: REFERRALS_PAGE_SIZE, offset: (page - 1) * REFERRALS_PAGE_SIZE }),
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) => queryOptions({ queryKey: referralKeys.detail(id), queryFn: () => getReferral(id) }),
  /** Only the intake desk may look (others get 403, and then there is simply nothing to show). */
  duplicateCheck: (body: string | null, mayCheck: boolean) =>
    queryOptions({
      queryKey: referralKeys.duplicateCheck(body),
      queryFn: async () => {
        try {
          return (await checkDuplicates(JSON.parse(body as string) as DuplicateCheckBody)).candidates;
        } catch (error) {
          if (isApiError(error) && (error.status === 403 || error.status === 422)) return NO_CANDIDATES;
          throw error;
        }
      },
      enabled: mayCheck && body !== null,
      staleTime: 60_000,
      retry: false,
    }),
};
