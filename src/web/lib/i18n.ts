// One i18next instance for the app. Flemish Dutch is the default; the choice is kept in
// localStorage so the login page already speaks the user's language.
import dayjs from 'dayjs';
import 'dayjs/locale/en';
import 'dayjs/locale/fr';
import 'dayjs/locale/nl-be';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '../../contracts/common';
import { DEFAULT_LOCALE, resources } from '../../i18n';

const STORAGE_KEY = 'eenplan.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode without storage: the choice then lasts for this page only.
  }
}

/** dayjs and Mantine dates use their own locale names; Belgian Dutch is `nl-be`. */
export function dayjsLocale(locale: Locale): string {
  return locale === 'nl' ? 'nl-be' : locale;
}

/** The BCP 47 tag for `<html lang>` and Intl: Belgian variants of each language. */
export function languageTag(locale: Locale): string {
  return `${locale}-BE`;
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

function applyLocale(locale: Locale): void {
  document.documentElement.lang = languageTag(locale);
  dayjs.locale(dayjsLocale(locale));
}

i18n.on('languageChanged', (lng) => {
  if (isLocale(lng)) applyLocale(lng);
});

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLocale() ?? DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  ns: ['app', 'codes', 'errors'],
  defaultNS: 'app',
  interpolation: { escapeValue: false },
  returnNull: false,
});
applyLocale(currentLocale());

export { i18n };
