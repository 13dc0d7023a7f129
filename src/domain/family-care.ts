// R5: the family-care line is for families with a child from pregnancy (−9 months) up to and
// including 3 years: a child is eligible until the day before their fourth birthday, and an
// unborn child whose due date lies at most 9 months ahead.
import { addMonths, type IsoDate } from './dates';

export type ChildDates = { birthDate?: IsoDate | null; dueDate?: IsoDate | null };

export function isChildEligibleForFamilyCare(child: ChildDates, on: IsoDate): boolean {
  if (child.birthDate) return child.birthDate <= on && on < addMonths(child.birthDate, 48);
  if (child.dueDate) return child.dueDate >= on && child.dueDate <= addMonths(on, 9);
  return false;
}

export function isFamilyEligibleForFamilyCare(children: readonly ChildDates[], on: IsoDate): boolean {
  return children.some((child) => isChildEligibleForFamilyCare(child, on));
}
