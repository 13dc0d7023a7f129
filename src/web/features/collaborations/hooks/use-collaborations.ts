import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createCollaboration, inviteCoordinator } from '../api/collaborations-api';
import { collaborationsKeys, collaborationsQueries } from '../api/collaborations-queries';

export const useCollaborations = () => useQuery(collaborationsQueries.list());

export const useInstallationZones = () => useQuery(collaborationsQueries.zones());

/** A new collaboration takes zones: the list and the zone picker are both asked again. */
export function useCreateCollaboration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCollaboration,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: collaborationsKeys.all }),
  });
}

export const useInviteCoordinator = () => useMutation({ mutationFn: inviteCoordinator });
