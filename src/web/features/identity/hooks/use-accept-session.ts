import { useQueryClient } from '@tanstack/react-query';
import type { SessionResponse } from '../../../../contracts/identity';
import { setCsrfToken } from '../../../lib/api';
import { i18n, storeLocale } from '../../../lib/i18n';
import { SESSION_QUERY_KEY } from '../../../lib/session';

/** A sign-in finished after its second step (ADR 036): the app now knows who is signed in. */
export function useAcceptSession() {
  const queryClient = useQueryClient();
  return (session: SessionResponse) => {
    setCsrfToken(session.csrfToken);
    void i18n.changeLanguage(session.user.locale);
    storeLocale(session.user.locale);
    queryClient.setQueryData(SESSION_QUERY_KEY, session);
  };
}
