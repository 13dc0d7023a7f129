// R30: youth-care files are kept until the person turns 35 (BVR 12-02-2014 art. 20, 61, 85),
// then destroyed; the age is configurable per collaboration. A file serves a whole family, so it
// is kept until its youngest member has turned that age. R31: a member may be registered without
// a birth date; then the youngest possible birth is assumed — a child (or another member) born on
// the day it was recorded — so a file is never destroyed before the law allows (ADR 047). A parent
// without a birth date is older than the children and does not move the day.
import { addDays, addMonths, daysBetween, type IsoDate } from './dates';

/** R30: the age the youngest member reaches when the file is destroyed, unless configured. */
export const DEFAULT_RETENTION_AGE = 35;
/**
 * R30, sane bounds of the configurable age: never before a young person of youth care has become
 * an adult who may still ask for the file (25), never a lifetime (75).
 */
export const MIN_RETENTION_AGE = 25;
export const MAX_RETENTION_AGE = 75;
/** R30: the coordinator sees what is due in the next 90 days. */
export const RETENTION_NOTICE_DAYS = 90;

export type RetentionMember = {
  role: 'child' | 'parent' | 'other';
  birthDate: IsoDate | null;
  /** An unborn child (R5): the due date stands for the birth until the birth date is known. */
  dueDate: IsoDate | null;
  /** The day the member was recorded: the latest day a member without dates can have been born. */
  recordedOn: IsoDate;
};

export type RetentionProblem = { code: 'RETENTION_AGE_OUT_OF_RANGE'; field: 'retentionAge' };

export function checkRetentionAge(age: number): RetentionProblem[] {
  return Number.isInteger(age) && age >= MIN_RETENTION_AGE && age <= MAX_RETENTION_AGE
    ? []
    : [{ code: 'RETENTION_AGE_OUT_OF_RANGE', field: 'retentionAge' }];
}

/**
 * The day someone born on `birthDate` turns `age`. Born on 29 February, one turns a year older
 * on 1 March of a common year: the later of the two candidate days, never early.
 */
export function birthdayAt(birthDate: IsoDate, age: number): IsoDate {
  const day = addMonths(birthDate, age * 12);
  return day.slice(5) === '02-28' && birthDate.slice(5) === '02-29' ? addDays(day, 1) : day;
}

/**
 * The birth date the rule reckons with: the real one, else the due date, else — for a child or
 * another member — the day recorded; null for a parent without one (older than the children).
 */
export function assumedBirthDate(member: RetentionMember): IsoDate | null {
  return member.birthDate ?? member.dueDate ?? (member.role === 'parent' ? null : member.recordedOn);
}

/**
 * R30: the day a file becomes due for destruction — the day its youngest member turns the
 * collaboration's retention age. A file without members (never the case through intake) is
 * reckoned from the day it was opened, as if a child were born that day; so is a file of parents
 * without birth dates.
 */
export function retentionDueOn(members: RetentionMember[], age: number, openedOn: IsoDate): IsoDate {
  const births = members.map(assumedBirthDate).filter((b): b is IsoDate => b !== null);
  const youngest = births.length > 0 ? births.reduce((a, b) => (a > b ? a : b)) : openedOn;
  return birthdayAt(youngest, age);
}

export type RetentionState =
  /** Past its day and nothing holds it: the daily job destroys it. */
  | 'due'
  /** Past its day, but a trajectory is still open: help goes on, the file waits until it closes. */
  | 'held'
  /** Due within the notice period (R30, 90 days): the coordinator sees it coming. */
  | 'dueSoon'
  | 'kept';

export function retentionState(input: {
  dueOn: IsoDate;
  today: IsoDate;
  hasOpenTrajectory: boolean;
}): RetentionState {
  if (input.dueOn <= input.today) return input.hasOpenTrajectory ? 'held' : 'due';
  return daysBetween(input.today, input.dueOn) <= RETENTION_NOTICE_DAYS ? 'dueSoon' : 'kept';
}

/** The birth year kept of a member after the file is anonymised: figures by age, never a person. */
export function keptBirthYear(member: Pick<RetentionMember, 'birthDate' | 'dueDate'>): number | null {
  const date = member.birthDate ?? member.dueDate;
  return date ? Number(date.slice(0, 4)) : null;
}
