// Server-side translation of error messages, from the same resources the web app uses.
import i18next from 'i18next';
import { LOCALES, type Locale } from '../../../contracts/common';
import { DEFAULT_LOCALE, resources } from '../../../i18n';

const instance = i18next.createInstance();
void instance.init({
  resources,
  lng: DEFAULT_LOCALE,
  fallbackLng: 'en',
  ns: ['errors', 'codes', 'mail'],
  defaultNS: 'errors',
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** A parameter that is itself a message, e.g. the problem inside "the table is not valid: …". */
export type NestedMessage = { key: string; params?: Record<string, unknown> };

const isNested = (v: unknown): v is NestedMessage =>
  typeof v === 'object' && v !== null && typeof (v as NestedMessage).key === 'string';

export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const resolved = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, isNested(v) ? translate(locale, v.key, v.params) : v]),
  );
  return instance.t(key, { lng: locale, ...resolved });
}

const SUPPORTED: readonly Locale[] = LOCALES;

/** The first supported language of an Accept-Language header (nl-BE → nl), or null. */
export function localeFromHeader(header: string | undefined): Locale | null {
  if (!header) return null;
  const tags = header
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { lang: tag.slice(0, 2).toLowerCase(), q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  return (tags.map((t) => t.lang).find((l) => SUPPORTED.includes(l as Locale)) as Locale) ?? null;
}
