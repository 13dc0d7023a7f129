import { useMutation, useQueryClient } from '@tanstack/react-query';
import { referenceKeys } from '../../../lib/reference-data';
import { importMunicipalities, saveServedZones } from '../api/network-api';

// The admin feature changes the shared reference lists (lib/reference-data.ts), which no
// feature owns; every screen that shows them reads them again.
export function useSaveServedZones() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveServedZones,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: referenceKeys.servedZones() }),
  });
}

export function useImportMunicipalities() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importMunicipalities,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: referenceKeys.municipalities() }),
  });
}
