// Calendar dates as ISO strings (YYYY-MM-DD). Rules work on dates, not instants, so
// everything is computed in UTC to keep time zones and daylight saving out of the answer.
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(value: IsoDate): Date {
  const match = ISO_DATE.exec(value);
  if (!match) throw new RangeError(`Not an ISO date: ${value}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (toIsoDate(date) !== value) throw new RangeError(`Not a calendar date: ${value}`);
  return date;
}

export function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

// Built once: a formatter per call was a measured hot spot (lists compute `today` per row).
const BRUSSELS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' });

/** The Belgian calendar day an instant falls on: a referral at 00:30 in Brussels is today's. */
export function brusselsDay(instant: Date): IsoDate {
  return BRUSSELS_DAY.format(instant);
}

/** The browser's today (the user's clock). The server takes a Clock instead (ADR 027). */
export function todayIso(now: Date = new Date()): IsoDate {
  return brusselsDay(now);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = parseIsoDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return toIsoDate(d);
}

/** Adds months, clamping to the month's last day (31 January + 1 month = 28/29 February). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = parseIsoDate(date);
  const day = d.getUTCDate();
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return toIsoDate(target);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / 86_400_000);
}

export function monthKey(date: IsoDate): string {
  return date.slice(0, 7);
}

/** Every month key from the month of `from` to the month of `to`, both included. */
export function monthsInRange(from: IsoDate, to: IsoDate): string[] {
  const keys: string[] = [];
  let cursor = `${monthKey(from)}-01`;
  const last = monthKey(to);
  while (monthKey(cursor) <= last) {
    keys.push(monthKey(cursor));
    cursor = addMonths(cursor, 1);
  }
  return keys;
}
