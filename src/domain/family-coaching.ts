// R23: family coaching (gezinscoaching). A central registration point matches a waiting family
// to a paid or volunteer coach of a partner organisation; each coach takes families up to a
// caseload limit that funding can lower (source 002: "van 7 naar 3"). The suggestion follows
// R10: by availability, the family's region first. R8: volunteers work linked to a professional
// coordinator, so a match records the coordinator who made it.
import { daysBetween, type IsoDate } from './dates';

/** The preset funding line of family coaching; its referrals feed the coaches' waiting list. */
export { FAMILY_COACHING_LINE } from './funding-lines';

export const FAMILY_COACH_FUNCTIONS = ['familyCoach', 'volunteerFamilyCoach'] as const;
export type FamilyCoachFunction = (typeof FAMILY_COACH_FUNCTIONS)[number];

export function isFamilyCoach(fn: string | null | undefined): fn is FamilyCoachFunction {
  return (FAMILY_COACH_FUNCTIONS as readonly string[]).includes(fn ?? '');
}

/** R23: families a coach takes at most, until funding lowers it. */
export const DEFAULT_CASELOAD_LIMIT = 7;

/** A coach saved before limits existed has none recorded: the R23 default applies. */
export const caseloadLimitOf = (limit: number | null | undefined) => limit ?? DEFAULT_CASELOAD_LIMIT;

export type CoachLoad = { limit: number; running: number };

export const freePlaces = (c: CoachLoad) => Math.max(0, c.limit - c.running);
/** Full at exactly the limit: the 7th family fills a limit of 7. */
export const isFull = (c: CoachLoad) => c.running >= c.limit;
/**
 * A limit lowered below the running families: no new family, and nothing ends automatically —
 * the families keep their coach until their coaching ends (source 002: the coach "built down").
 */
export const isOverLimit = (c: CoachLoad) => c.running > c.limit;

export type CoachCandidate = CoachLoad & {
  id: string;
  name: string;
  zoneCode: string | null;
  isAbsentToday: boolean;
};

/** Absent or full coaches are shown, never suggested. */
export const isSuggestable = (c: CoachCandidate) => !c.isAbsentToday && freePlaces(c) > 0;

/**
 * The coaches in the order the coordinator weighs them for a family: those that can be
 * suggested first — the family's region first, then most free places, then by name — and
 * after them the absent and full ones, by name.
 */
export function rankCoaches<T extends CoachCandidate>(coaches: readonly T[], familyZone: string | null): T[] {
  const inRegion = (c: T) => (familyZone !== null && c.zoneCode === familyZone ? 0 : 1);
  return [...coaches].sort(
    (a, b) =>
      Number(!isSuggestable(a)) - Number(!isSuggestable(b)) ||
      (isSuggestable(a) ? inRegion(a) - inRegion(b) || freePlaces(b) - freePlaces(a) : 0) ||
      a.name.localeCompare(b.name, 'nl'),
  );
}

export function suggestCoach<T extends CoachCandidate>(coaches: readonly T[], familyZone: string | null) {
  const [first] = rankCoaches(coaches, familyZone);
  return first && isSuggestable(first) ? first : null;
}

/**
 * Suggestions for the whole waiting list, first come first served (R18): a place suggested to a
 * family that waits longer is not offered again to one that came later. When places run out,
 * the later families get no suggestion: choosing for them means passing others, with a reason.
 */
export function suggestForWaitingList(
  families: readonly { familyId: string; zoneCode: string | null }[],
  coaches: readonly CoachCandidate[],
): Map<string, string | null> {
  const taken = new Map<string, number>();
  const suggestions = new Map<string, string | null>();
  for (const family of families) {
    const loads = coaches.map((c) => ({ ...c, running: c.running + (taken.get(c.id) ?? 0) }));
    const coach = suggestCoach(loads, family.zoneCode);
    suggestions.set(family.familyId, coach?.id ?? null);
    if (coach) taken.set(coach.id, (taken.get(coach.id) ?? 0) + 1);
  }
  return suggestions;
}

export const MATCH_END_REASONS = ['completed', 'familyStopped', 'movedOut', 'coachStopped', 'other'] as const;
export type MatchEndReason = (typeof MATCH_END_REASONS)[number];

export type MatchFacts = { matchedOn: IsoDate; endedOn: IsoDate | null; endReason: string | null };

/**
 * Whether a family referred for coaching on `receivedOn` still waits for a coach, and since
 * when. A running match answers it; so does a match made since the referral that ended —
 * unless the coach stopped (`coachStopped`): the family then waits again, from that day.
 */
export function waitsForCoach(
  referral: { receivedOn: IsoDate },
  matches: readonly MatchFacts[],
): { since: IsoDate } | null {
  if (matches.some((m) => m.endedOn === null)) return null;
  const answers = matches
    .filter((m) => m.matchedOn >= referral.receivedOn)
    .sort((a, b) => (a.endedOn ?? '').localeCompare(b.endedOn ?? ''));
  const last = answers.at(-1);
  if (!last) return { since: referral.receivedOn };
  return last.endReason === 'coachStopped' && last.endedOn ? { since: last.endedOn } : null;
}

export const waitingDays = (since: IsoDate, today: IsoDate) => Math.max(0, daysBetween(since, today));

export type MatchProblem =
  | { code: 'COACH_MATCH_IN_FUTURE'; field: 'matchedOn' }
  | { code: 'COACH_MATCH_BEFORE_REFERRAL'; field: 'matchedOn' }
  | { code: 'COACH_NOT_ACTIVE_FAMILY_COACH'; field: 'coachId' }
  | { code: 'COACH_CASELOAD_FULL'; field: 'coachId'; limit: number; running: number }
  | { code: 'COACH_CHOICE_REASON_REQUIRED'; field: 'reason' };

/** The checks of a match, in the order a coordinator would want to hear them. */
export function checkMatch(input: {
  coach: CoachLoad | null; // null: not an active family coach of this collaboration
  coachId: string;
  suggestedCoachId: string | null;
  reason: string | null | undefined;
  matchedOn: IsoDate;
  referralReceivedOn: IsoDate;
  today: IsoDate;
}): MatchProblem | null {
  if (input.matchedOn > input.today) return { code: 'COACH_MATCH_IN_FUTURE', field: 'matchedOn' };
  if (input.matchedOn < input.referralReceivedOn)
    return { code: 'COACH_MATCH_BEFORE_REFERRAL', field: 'matchedOn' };
  if (!input.coach) return { code: 'COACH_NOT_ACTIVE_FAMILY_COACH', field: 'coachId' };
  if (isFull(input.coach)) {
    return { code: 'COACH_CASELOAD_FULL', field: 'coachId', ...input.coach };
  }
  // Passing the suggestion (another region, fewer places, someone who waits longer) is allowed,
  // but the coordinator says why: the choice stays explainable to the family and the partners.
  if (input.coachId !== input.suggestedCoachId && !input.reason?.trim())
    return { code: 'COACH_CHOICE_REASON_REQUIRED', field: 'reason' };
  return null;
}

export type EndProblem =
  | { code: 'COACH_MATCH_ALREADY_ENDED' }
  | { code: 'COACH_MATCH_END_BEFORE_START'; field: 'endedOn' }
  | { code: 'COACH_MATCH_END_IN_FUTURE'; field: 'endedOn' };

export function checkEnd(input: {
  matchedOn: IsoDate;
  endedOn: IsoDate;
  alreadyEndedOn: IsoDate | null;
  today: IsoDate;
}): EndProblem | null {
  if (input.alreadyEndedOn) return { code: 'COACH_MATCH_ALREADY_ENDED' };
  if (input.endedOn < input.matchedOn) return { code: 'COACH_MATCH_END_BEFORE_START', field: 'endedOn' };
  if (input.endedOn > input.today) return { code: 'COACH_MATCH_END_IN_FUTURE', field: 'endedOn' };
  return null;
}
