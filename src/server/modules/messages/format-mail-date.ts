import type { Locale } from '../../../contracts/common';

const TAGS: Record<Locale, string> = { nl: 'nl-BE', en: 'en-GB', fr: 'fr-BE' };

/** A calendar day (YYYY-MM-DD) as the recipient reads it: "12 maart 2027", "12 mars 2027". */
export function formatMailDate(locale: Locale, day: string, time?: string | null): string {
  // Noon UTC is the same calendar day in Brussels all year round.
  const date = new Intl.DateTimeFormat(TAGS[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
  return time ? `${date} ${time}` : date;
}
