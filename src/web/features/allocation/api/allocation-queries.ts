// The allocation feature's query keys and queries: the one place they are written (ADR 030).
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { getAllocation } from './allocation-api';

export const allocationKeys = {
  all: ['allocation'] as const,
  year: (year: number) => [...allocationKeys.all, year] as const,
  allocation: (year: number, budgetCents: number) => [...allocationKeys.year(year), budgetCents] as const,
};

export const allocationQueries = {
  allocation: (year: number, budgetCents: number) =>
    queryOptions({
      queryKey: allocationKeys.allocation(year, budgetCents),
      queryFn: () => getAllocation(year, budgetCents),
      placeholderData: keepPreviousData,
    }),
};
