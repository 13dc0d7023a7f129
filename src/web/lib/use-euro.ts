import { useTranslation } from 'react-i18next';
import { currentLocale, languageTag } from './i18n';
import { formatEuro, formatEuroShort } from './money';

/** Euro formatting in the active language; re-renders when the language changes. */
export function useEuro() {
  useTranslation();
  const tag = languageTag(currentLocale());
  return {
    euro: (cents: number) => formatEuro(cents, tag),
    euroShort: (cents: number) => formatEuroShort(cents, tag),
  };
}
