import { useMutation, useQueryClient } from '@tanstack/react-query';
import { SERVED_ZONES_QUERY_KEY } from '../../../lib/reference-data';
import { importMunicipalities, saveServedZones } from '../api/network-api';

export function useSaveServedZones() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveServedZones,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SERVED_ZONES_QUERY_KEY }),
  });
}

export function useImportMunicipalities() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importMunicipalities,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['municipalities'] }),
  });
}
