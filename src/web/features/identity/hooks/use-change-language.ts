import { useQueryClient } from '@tanstack/react-query';
import type { Locale } from '../../../../contracts/common';
import type { SessionResponse } from '../../../../contracts/identity';
import { afterSaveSlot } from '../../../lib/after-save';
import { i18n, storeLocale } from '../../../lib/i18n';
import { SESSION_QUERY_KEY } from '../../../lib/session';
import { saveLocale } from '../api/identity-api';

// A language picked on the login page, before anyone is signed in; saved to the account
// once the person logs in, so the choice they just made is the one that sticks.
let chosenBeforeLogin: Locale | null = null;

export function takeLanguageChosenBeforeLogin(): Locale | null {
  const chosen = chosenBeforeLogin;
  chosenBeforeLogin = null;
  return chosen;
}

/**
 * Server-side labels (reasons, line names) and error texts of every feature follow the language;
 * the app fills this slot with refreshing them (ADR 030).
 */
export const LanguageChanged = afterSaveSlot<void>();

export function useChangeLanguage() {
  const queryClient = useQueryClient();
  const afterChange = LanguageChanged.useAfterSave();
  return (locale: Locale) => {
    void i18n.changeLanguage(locale);
    storeLocale(locale);
    const session = queryClient.getQueryData<SessionResponse | null>(SESSION_QUERY_KEY);
    if (!session) {
      chosenBeforeLogin = locale;
      return;
    }
    queryClient.setQueryData<SessionResponse>(SESSION_QUERY_KEY, {
      ...session,
      user: { ...session.user, locale },
    });
    // Remembering the choice is a convenience; the switch itself already happened.
    saveLocale(locale).catch(() => undefined);
    void afterChange();
  };
}
