import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { importZoneData } from '../api/allocation-api';
import { allocationKeys, allocationQueries } from '../api/allocation-queries';

export function useAllocation(year: number, budgetCents: number) {
  return useQuery(allocationQueries.allocation(year, budgetCents));
}

export function useImportZoneData(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) => importZoneData(year, csv),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: allocationKeys.year(year) }),
  });
}
