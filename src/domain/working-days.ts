// R4: the referrer gets an answer within a number of *working* days. Working days skip
// weekends and the ten Belgian public holidays (the legal ones every employer closes on).
import { addDays, daysBetween, type IsoDate, parseIsoDate, toIsoDate } from './dates';

/** Easter Sunday (Gregorian calendar), by the anonymous Meeus/Jones/Butcher algorithm. */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIsoDate(new Date(Date.UTC(year, month - 1, day)));
}

const holidayCache = new Map<number, Set<IsoDate>>();

/** The ten Belgian legal public holidays of a year. */
export function belgianPublicHolidays(year: number): Set<IsoDate> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const fixed = ['01-01', '05-01', '07-21', '08-15', '11-01', '11-11', '12-25'].map((md) => `${year}-${md}`);
  const holidays = new Set<IsoDate>([
    ...fixed,
    addDays(easter, 1), // Easter Monday
    addDays(easter, 39), // Ascension Day
    addDays(easter, 50), // Whit Monday
  ]);
  holidayCache.set(year, holidays);
  return holidays;
}

export function isWorkingDay(date: IsoDate): boolean {
  if (isWeekend(date)) return false;
  return !belgianPublicHolidays(Number(date.slice(0, 4))).has(date);
}

/** The date that lies `count` working days after `date` (the day itself is day zero). */
export function addWorkingDays(date: IsoDate, count: number): IsoDate {
  let cursor = date;
  let left = count;
  while (left > 0) {
    cursor = addDays(cursor, 1);
    if (isWorkingDay(cursor)) left -= 1;
  }
  return cursor;
}

/**
 * Working days passed after `from` up to and including `to` (0 when `to` is not later).
 * Counted by whole weeks plus holidays, not day by day: an old open referral spans years.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  const days = daysBetween(from, to);
  if (days <= 0) return 0;
  const weeks = Math.floor(days / 7);
  let count = weeks * 5;
  for (let cursor = addDays(from, weeks * 7 + 1); cursor <= to; cursor = addDays(cursor, 1)) {
    if (!isWeekend(cursor)) count += 1;
  }
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    for (const holiday of belgianPublicHolidays(year)) {
      if (holiday > from && holiday <= to && !isWeekend(holiday)) count -= 1;
    }
  }
  return count;
}

function isWeekend(date: IsoDate): boolean {
  const weekday = parseIsoDate(date).getUTCDay();
  return weekday === 0 || weekday === 6;
}
