import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { identityKeys, identityQueries } from '../api/identity-queries';
import { revokeOtherSessions, revokeSession } from '../api/second-factor-api';

export function useSessions() {
  return useQuery(identityQueries.sessions());
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeSession,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: identityKeys.sessions() }),
  });
}

export function useRevokeOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeOtherSessions,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: identityKeys.sessions() }),
  });
}
