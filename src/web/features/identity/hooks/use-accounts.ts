import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InviteBody, RolesBody } from '../../../../contracts/accounts';
import { setCsrfToken } from '../../../lib/api';
import { i18n, storeLocale } from '../../../lib/i18n';
import { SESSION_QUERY_KEY } from '../../../lib/session';
import {
  acceptInvitation,
  changeRoles,
  deactivatePerson,
  invitePerson,
  listAccounts,
  lookupInvitation,
  reinvitePerson,
} from '../api/accounts-api';

const ACCOUNTS_KEY = ['accounts'] as const;

export function useAccounts() {
  return useQuery({ queryKey: ACCOUNTS_KEY, queryFn: listAccounts });
}

function useAccountMutation<V>(fn: (vars: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ACCOUNTS_KEY }),
  });
}

export const useInvitePerson = () => useAccountMutation((body: InviteBody) => invitePerson(body));
export const useChangeRoles = () =>
  useAccountMutation(({ id, body }: { id: string; body: RolesBody }) => changeRoles(id, body));
export const useDeactivatePerson = () => useAccountMutation((id: string) => deactivatePerson(id));
export const useReinvitePerson = () => useAccountMutation((id: string) => reinvitePerson(id));

/** Whom the link is for; a refused link answers its reason (used, expired, unknown). */
export function useInvitation(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: () => lookupInvitation(token),
    enabled: token.length > 0,
    retry: false,
  });
}

/** The password is set and the person is signed in, as after a sign-in (use-login.ts). */
export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      void i18n.changeLanguage(session.user.locale);
      storeLocale(session.user.locale);
      queryClient.setQueryData(SESSION_QUERY_KEY, session);
    },
  });
}
