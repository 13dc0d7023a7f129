import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  listSignInProviderChoices,
  listSignInProviders,
  saveSignInProvider,
} from '../api/single-sign-on-api';

export const singleSignOnKeys = {
  choices: ['sign-in-provider-choices'] as const,
  providers: ['sign-in-providers'] as const,
};

export function useSignInProviderChoices() {
  return useQuery({ queryKey: singleSignOnKeys.choices, queryFn: listSignInProviderChoices });
}

export function useSignInProviders() {
  return useQuery({ queryKey: singleSignOnKeys.providers, queryFn: listSignInProviders });
}

export function useSaveSignInProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveSignInProvider,
    onSuccess: (data) => {
      queryClient.setQueryData(singleSignOnKeys.providers, data);
      void queryClient.invalidateQueries({ queryKey: singleSignOnKeys.choices });
    },
  });
}
