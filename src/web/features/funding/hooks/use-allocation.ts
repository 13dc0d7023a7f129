import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getAllocation, importZoneData } from '../api/allocation-api';

export function useAllocation(year: number, budgetCents: number) {
  return useQuery({
    queryKey: ['allocation', year, budgetCents],
    queryFn: () => getAllocation(year, budgetCents),
    placeholderData: keepPreviousData,
  });
}

export function useImportZoneData(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) => importZoneData(year, csv),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['allocation', year] }),
  });
}
