import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { identityKeys, identityQueries } from '../api/identity-queries';
import { saveSignInProvider } from '../api/single-sign-on-api';

export const useSignInProviderChoices = () => useQuery(identityQueries.signInProviderChoices());

export const useSignInProviders = () => useQuery(identityQueries.signInProviders());

export function useSaveSignInProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveSignInProvider,
    onSuccess: (data) => {
      queryClient.setQueryData(identityKeys.signInProviders(), data);
      void queryClient.invalidateQueries({ queryKey: identityKeys.signInProviderChoices() });
    },
  });
}
