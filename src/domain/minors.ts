// R27: the legal position of minors in youth care (DRM art. 20–23). From 12 a young person is
// presumed competent: their own consent, their own access; a worker can record that a minor was
// assessed not competent, with the reason and a date to review it. Age counts on the day of the act.
import type { IsoDate } from './dates';

/** R27: the age from which a minor is presumed competent. */
export const COMPETENCE_AGE = 12;
/** Of age: the rights are one's own anyway. */
export const ADULT_AGE = 18;

/** Whole years lived on `on` (born 29 February: a year older on 1 March in other years). */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export type CompetenceAssessment = { memberId: string; assessedOn: IsoDate; reviewOn: IsoDate };

/**
 * An assessment "not competent" holds from the day it was made up to and including its review
 * date; from the day after, the presumption of R27 returns until a new assessment is recorded.
 */
export function isAssessmentInForce(a: Pick<CompetenceAssessment, 'assessedOn' | 'reviewOn'>, on: IsoDate) {
  return a.assessedOn <= on && on <= a.reviewOn;
}

/**
 * Where a member stands for consent and access (R27):
 * - `adult`: a parent or guardian, or a member of 18 or more;
 * - `competentMinor`: 12 to 17, presumed competent;
 * - `notCompetent`: 12 or older but assessed not competent, the assessment in force;
 * - `child`: under 12, the parents exercise the rights (the child's view is still asked);
 * - `ageUnknown`: a child without a birth date (R31), or born after `on`.
 */
export type Standing = 'adult' | 'competentMinor' | 'notCompetent' | 'child' | 'ageUnknown';

export type MemberFacts = { id: string; role: 'child' | 'parent' | 'other'; birthDate: IsoDate | null };

export function standingOf(
  member: MemberFacts,
  assessments: readonly CompetenceAssessment[],
  on: IsoDate,
): Standing {
  if (member.role === 'parent') return 'adult';
  if (!member.birthDate || member.birthDate > on) return 'ageUnknown';
  const age = ageOn(member.birthDate, on);
  if (age >= ADULT_AGE) return 'adult';
  if (age < COMPETENCE_AGE) return 'child';
  const assessed = assessments.some((a) => a.memberId === member.id && isAssessmentInForce(a, on));
  return assessed ? 'notCompetent' : 'competentMinor';
}

/** Whether the member exercises their own rights: consent and access to their own part. */
export function hasOwnRights(standing: Standing): boolean {
  return standing === 'adult' || standing === 'competentMinor';
}
