import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { saveRetentionSettings } from '../api/retention-api';
import { retentionKeys, retentionQueries } from '../api/retention-queries';

export const useDueFiles = () => useQuery(retentionQueries.dueFiles());

export const useRetentionSettings = () => useQuery(retentionQueries.settings());

/** A new age changes which files are due: both of the feature's answers are asked again. */
export function useSaveRetentionSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveRetentionSettings,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: retentionKeys.all }),
  });
}
