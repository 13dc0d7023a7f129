// Belgian conventions: dates dd/mm/yyyy, numbers with a decimal comma. API dates are
// YYYY-MM-DD strings and are formatted by slicing, so no time zone can shift a day.
import dayjs from 'dayjs';
import type { Locale } from '../../contracts/common';
import { languageTag } from './i18n';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = ISO_DATE.exec(iso.slice(0, 10));
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** An instant (ISO timestamp) as dd/mm/yyyy HH:mm on the Brussels clock. */
export function formatDateTime(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Brussels',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(languageTag(locale), { maximumFractionDigits }).format(value);
}

/** "2025-03" → "mrt. 2025" in the active dayjs locale. */
export function formatMonth(monthKey: string): string {
  return dayjs(`${monthKey}-01`).format('MMM YYYY');
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * What people type: 3/2/2024, 03-02-2024, 03.02.2024 or 2024-02-03. Returns YYYY-MM-DD, or
 * null when it is not a real calendar date (31/02 is refused, not rolled over).
 */
export function parseDateInput(input: string): string | null {
  const text = input.trim();
  let day: number;
  let month: number;
  let year: number;
  const iso = ISO_DATE.exec(text);
  const belgian = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (belgian) [day, month, year] = [Number(belgian[1]), Number(belgian[2]), Number(belgian[3])];
  else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}
