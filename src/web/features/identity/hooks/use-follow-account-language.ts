import { useEffect } from 'react';
import { currentLocale, i18n, storeLocale } from '../../../lib/i18n';
import { useSession } from '../../../lib/session';

/** After a restored session, the UI speaks the language saved on the account. */
export function useFollowAccountLanguage(): void {
  const locale = useSession()?.user.locale;
  useEffect(() => {
    if (locale && locale !== currentLocale()) {
      void i18n.changeLanguage(locale);
      storeLocale(locale);
    }
  }, [locale]);
}
