// The funding feature's query keys and queries: the one place they are written (ADR 030).
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { getAllocation } from './allocation-api';
import { getFundingOverview, getLedger, getQuarterlyOverview } from './funding-api';

export const fundingKeys = {
  all: ['funding'] as const,
  overview: (year: number) => [...fundingKeys.all, 'overview', year] as const,
  quarters: (year: number) => [...fundingKeys.all, 'quarters', year] as const,
  ledger: (code: string, year: number) => [...fundingKeys.all, 'ledger', code, year] as const,
  /** R13: the allocation over the zones of a year, per budget tried. */
  allocationYear: (year: number) => [...fundingKeys.all, 'allocation', year] as const,
  allocation: (year: number, budgetCents: number) =>
    [...fundingKeys.allocationYear(year), budgetCents] as const,
};

export const fundingQueries = {
  overview: (year: number) =>
    queryOptions({
      queryKey: fundingKeys.overview(year),
      queryFn: () => getFundingOverview(year),
      placeholderData: keepPreviousData,
    }),
  /** R6: trajectories of capped or priced lines per quarter, for the steering group. */
  quarters: (year: number) =>
    queryOptions({
      queryKey: fundingKeys.quarters(year),
      queryFn: () => getQuarterlyOverview(year),
      placeholderData: keepPreviousData,
    }),
  /** A line's bookings of a year, cancelled ones included. */
  ledger: (code: string, year: number) =>
    queryOptions({ queryKey: fundingKeys.ledger(code, year), queryFn: () => getLedger(code, year) }),
  allocation: (year: number, budgetCents: number) =>
    queryOptions({
      queryKey: fundingKeys.allocation(year, budgetCents),
      queryFn: () => getAllocation(year, budgetCents),
      placeholderData: keepPreviousData,
    }),
};
