import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../../../lib/api';
import { SESSION_QUERY_KEY } from '../../../lib/session';
import { logout } from '../api/identity-api';

export function useLogout(onDone: () => void) {
  const queryClient = useQueryClient();
  const clear = () => {
    setCsrfToken(null);
    // Nothing of the previous person's data may stay in memory for the next one.
    queryClient.clear();
    queryClient.setQueryData(SESSION_QUERY_KEY, null);
    onDone();
  };
  return useMutation({ mutationFn: logout, onSettled: clear });
}
