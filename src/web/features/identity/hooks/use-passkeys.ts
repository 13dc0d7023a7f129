import { startAuthentication, startRegistration } from '@simplewebauthn/browser';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { identityKeys, identityQueries } from '../api/identity-queries';
import { addPasskey, removePasskey, startPasskeyRegistration, startPasskeySignIn } from '../api/passkeys-api';
import { verifySecondFactor } from '../api/second-factor-api';

// Passkeys (ADR 040): the server makes the challenge, the browser asks the authenticator, the
// server checks the answer.

export function usePasskeys() {
  return useQuery(identityQueries.passkeys());
}

export function useAddPasskey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (name: string) => {
      const optionsJSON = await startPasskeyRegistration();
      const response = await startRegistration({ optionsJSON });
      return addPasskey({ name, response });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: identityKeys.passkeys() }),
  });
}

export function useRemovePasskey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removePasskey,
    onSettled: () => queryClient.invalidateQueries({ queryKey: identityKeys.passkeys() }),
  });
}

/** The second step of signing in with a passkey instead of the app's code. */
export function useSignInWithPasskey() {
  return useMutation({
    mutationFn: async () => {
      const optionsJSON = await startPasskeySignIn();
      const response = await startAuthentication({ optionsJSON });
      return verifySecondFactor({ passkey: response });
    },
  });
}
