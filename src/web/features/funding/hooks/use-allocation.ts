import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { importZoneData } from '../api/allocation-api';
import { fundingKeys, fundingQueries } from '../api/funding-queries';

export function useAllocation(year: number, budgetCents: number) {
  return useQuery(fundingQueries.allocation(year, budgetCents));
}

export function useImportZoneData(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) => importZoneData(year, csv),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fundingKeys.allocationYear(year) }),
  });
}
