import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InviteBody, ResetSecondFactorBody, RolesBody } from '../../../../contracts/accounts';
import { setCsrfToken } from '../../../lib/api';
import {
  acceptInvitation,
  changeRoles,
  deactivatePerson,
  invitePerson,
  reinvitePerson,
  resetSecondFactor,
} from '../api/accounts-api';
import { identityKeys, identityQueries } from '../api/identity-queries';
import { useAcceptSession } from './use-accept-session';

export const useAccounts = () => useQuery(identityQueries.accounts());

function useAccountMutation<V>(fn: (vars: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: identityKeys.accounts() }),
  });
}

export const useInvitePerson = () => useAccountMutation((body: InviteBody) => invitePerson(body));
export const useChangeRoles = () =>
  useAccountMutation(({ id, body }: { id: string; body: RolesBody }) => changeRoles(id, body));
export const useDeactivatePerson = () => useAccountMutation((id: string) => deactivatePerson(id));
export const useReinvitePerson = () => useAccountMutation((id: string) => reinvitePerson(id));
/** ADR 040: a lost second factor, reset with a reason. */
export const useResetSecondFactor = () =>
  useAccountMutation(({ id, body }: { id: string; body: ResetSecondFactorBody }) =>
    resetSecondFactor(id, body),
  );

/** Whom the link is for; a refused link answers its reason (used, expired, unknown). */
export function useInvitation(token: string) {
  return useQuery(identityQueries.invitation(token));
}

/**
 * The password is set and the person is signed in, as after a sign-in (use-login.ts) — or half
 * signed in, when the collaboration asks them to link an authenticator app first (ADR 036).
 */
export function useAcceptInvitation() {
  const acceptSession = useAcceptSession();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: (answer) => {
      if ('step' in answer) setCsrfToken(answer.csrfToken);
      else acceptSession(answer);
    },
  });
}
