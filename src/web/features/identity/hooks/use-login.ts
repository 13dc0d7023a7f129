import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginBody } from '../../../../contracts/identity';
import { setCsrfToken } from '../../../lib/api';
import { i18n, storeLocale } from '../../../lib/i18n';
import { SESSION_QUERY_KEY } from '../../../lib/session';
import { login, saveLocale } from '../api/identity-api';
import { takeLanguageChosenBeforeLogin } from './use-change-language';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => login(body),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      const chosen = takeLanguageChosenBeforeLogin();
      let user = session.user;
      if (chosen && chosen !== user.locale) {
        user = { ...user, locale: chosen };
        saveLocale(chosen).catch(() => undefined);
      } else {
        void i18n.changeLanguage(user.locale);
        storeLocale(user.locale);
      }
      queryClient.setQueryData(SESSION_QUERY_KEY, { ...session, user });
    },
  });
}
