// A child's age as the file shows it: from the birth date, or — before birth — how far the
// due date is (family care starts in pregnancy, R5).
import { addMonths, daysBetween, type IsoDate } from './dates';

export type MemberAge =
  | { kind: 'born'; years: number; months: number }
  | { kind: 'unborn'; dueOn: IsoDate; weeksToGo: number }
  | { kind: 'unknown' };

export function memberAge(
  member: { birthDate: IsoDate | null; dueDate: IsoDate | null },
  today: IsoDate,
): MemberAge {
  if (member.birthDate) {
    if (member.birthDate > today) return { kind: 'unknown' };
    // Whole months lived, with month-end clamping (born 31 January: one month on 28 February).
    let months =
      (Number(today.slice(0, 4)) - Number(member.birthDate.slice(0, 4))) * 12 +
      Number(today.slice(5, 7)) -
      Number(member.birthDate.slice(5, 7));
    if (addMonths(member.birthDate, months) > today) months -= 1;
    return { kind: 'born', years: Math.floor(months / 12), months: months % 12 };
  }
  if (member.dueDate) {
    const days = daysBetween(today, member.dueDate);
    return { kind: 'unborn', dueOn: member.dueDate, weeksToGo: Math.max(0, Math.ceil(days / 7)) };
  }
  return { kind: 'unknown' };
}
