import { addDays, type IsoDate } from '../../domain/dates';
import { addWorkingDays } from '../../domain/working-days';

export { addDays, type IsoDate };

/** `count` working days after `date`, but never later than `limit` (decisions are not in the future). */
export function addWorkingDaysSafe(date: IsoDate, count: number, limit: IsoDate): IsoDate {
  const day = addWorkingDays(date, count);
  return day > limit ? limit : day;
}
