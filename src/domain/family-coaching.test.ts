import { describe, expect, it } from 'vitest';
import {
  type CoachCandidate,
  caseloadLimitOf,
  checkEnd,
  checkMatch,
  DEFAULT_CASELOAD_LIMIT,
  freePlaces,
  isFamilyCoach,
  isFull,
  isOverLimit,
  rankCoaches,
  suggestCoach,
  suggestForWaitingList,
  waitsForCoach,
} from './family-coaching';

const coach = (over: Partial<CoachCandidate> = {}): CoachCandidate => ({
  id: over.name ?? 'coach',
  name: 'coach',
  zoneCode: 'elz57',
  limit: 7,
  running: 0,
  isAbsentToday: false,
  ...over,
});

describe('caseload limit (R23)', () => {
  it('defaults to 7 families and counts free places down to full at exactly the limit', () => {
    expect(DEFAULT_CASELOAD_LIMIT).toBe(7);
    expect(caseloadLimitOf(null)).toBe(7);
    expect(caseloadLimitOf(3)).toBe(3);
    expect(freePlaces({ limit: 7, running: 6 })).toBe(1);
    expect(isFull({ limit: 7, running: 6 })).toBe(false);
    expect(isFull({ limit: 7, running: 7 })).toBe(true); // the 7th family fills a limit of 7
    expect(isFull({ limit: 3, running: 3 })).toBe(true);
    expect(isOverLimit({ limit: 3, running: 3 })).toBe(false);
  });

  it('a limit lowered below the running families is over the limit: no place, nothing negative', () => {
    const lowered = { limit: 3, running: 4 };
    expect(isOverLimit(lowered)).toBe(true);
    expect(isFull(lowered)).toBe(true);
    expect(freePlaces(lowered)).toBe(0);
    expect(isFull({ limit: 0, running: 0 })).toBe(true);
  });

  it('knows the family coaches, paid and volunteer', () => {
    expect(isFamilyCoach('familyCoach')).toBe(true);
    expect(isFamilyCoach('volunteerFamilyCoach')).toBe(true);
    expect(isFamilyCoach('coach')).toBe(false); // a regional team coach is no family coach
    expect(isFamilyCoach(null)).toBe(false);
  });
});

describe('suggesting a coach (R23, R10)', () => {
  it('suggests the family’s region first, then most free places, then by name', () => {
    const near = coach({ name: 'Near', zoneCode: 'elz57', running: 5 });
    const far = coach({ name: 'Far', zoneCode: 'elz9', running: 0 });
    expect(suggestCoach([far, near], 'elz57')?.name).toBe('Near');
    expect(suggestCoach([far, near], 'elz29')?.name).toBe('Far'); // nobody in the region: most free places
    const twin = coach({ name: 'Anna', zoneCode: 'elz9', running: 0 });
    expect(suggestCoach([far, twin], 'elz29')?.name).toBe('Anna');
    expect(suggestCoach([far, near], null)?.name).toBe('Far');
  });

  it('never suggests an absent or full coach, but lists them after the others', () => {
    const absent = coach({ name: 'Absent', isAbsentToday: true });
    const full = coach({ name: 'Full', limit: 3, running: 3 });
    const over = coach({ name: 'Over', limit: 3, running: 4 });
    const free = coach({ name: 'Zoë', zoneCode: 'elz9', running: 6 });
    expect(rankCoaches([absent, full, over, free], 'elz57').map((c) => c.name)).toEqual([
      'Zoë',
      'Absent',
      'Full',
      'Over',
    ]);
    expect(suggestCoach([absent, full, over], 'elz57')).toBeNull();
    expect(suggestCoach([coach({ limit: 3, running: 2 })], 'elz57')).not.toBeNull(); // one place left
  });

  it('over the waiting list, first come first served: a place is suggested once', () => {
    const last = coach({ name: 'Last place', running: 6 });
    const other = coach({ name: 'Other', zoneCode: 'elz9', running: 5 });
    const suggestions = suggestForWaitingList(
      [
        { familyId: 'first', zoneCode: 'elz57' },
        { familyId: 'second', zoneCode: 'elz57' },
        { familyId: 'third', zoneCode: 'elz57' },
        { familyId: 'fourth', zoneCode: 'elz57' },
      ],
      [last, other],
    );
    expect(Object.fromEntries(suggestions)).toEqual({
      first: 'Last place',
      second: 'Other',
      third: 'Other',
      fourth: null,
    });
  });
});

describe('who waits for a coach', () => {
  const referral = { receivedOn: '2026-09-01' };
  it('waits from the referral until matched; a running match answers it', () => {
    expect(waitsForCoach(referral, [])).toEqual({ since: '2026-09-01' });
    expect(waitsForCoach(referral, [{ matchedOn: '2026-09-10', endedOn: null, endReason: null }])).toBeNull();
  });

  it('an ended coaching answers it, unless the coach stopped: then the family waits again', () => {
    const done = { matchedOn: '2026-09-10', endedOn: '2026-10-01', endReason: 'completed' };
    expect(waitsForCoach(referral, [done])).toBeNull();
    const stopped = { matchedOn: '2026-09-10', endedOn: '2026-10-01', endReason: 'coachStopped' };
    expect(waitsForCoach(referral, [stopped])).toEqual({ since: '2026-10-01' });
  });

  it('a coaching that ended before a new referral does not answer the new one', () => {
    const earlier = { matchedOn: '2025-01-10', endedOn: '2025-06-01', endReason: 'completed' };
    expect(waitsForCoach(referral, [earlier])).toEqual({ since: '2026-09-01' });
  });
});

describe('checking a match and its end', () => {
  const base = {
    coach: { limit: 7, running: 6 },
    coachId: 'a',
    suggestedCoachId: 'a',
    reason: null,
    matchedOn: '2026-10-01',
    referralReceivedOn: '2026-09-01',
    today: '2026-10-01',
  };
  it('accepts the suggested coach with a free place, without a reason', () => {
    expect(checkMatch(base)).toBeNull();
  });

  it('refuses a full coach at exactly the limit, naming the limit', () => {
    expect(checkMatch({ ...base, coach: { limit: 7, running: 7 } })).toEqual({
      code: 'COACH_CASELOAD_FULL',
      field: 'coachId',
      limit: 7,
      running: 7,
    });
    expect(checkMatch({ ...base, coach: { limit: 3, running: 3 } })?.code).toBe('COACH_CASELOAD_FULL');
  });

  it('asks a reason for another coach than the suggested one, also when nobody was suggested', () => {
    expect(checkMatch({ ...base, coachId: 'b' })?.code).toBe('COACH_CHOICE_REASON_REQUIRED');
    expect(checkMatch({ ...base, coachId: 'b', reason: '  ' })?.code).toBe('COACH_CHOICE_REASON_REQUIRED');
    expect(checkMatch({ ...base, suggestedCoachId: null })?.code).toBe('COACH_CHOICE_REASON_REQUIRED');
    expect(checkMatch({ ...base, coachId: 'b', reason: 'Kent het gezin al' })).toBeNull();
  });

  it('refuses a coach that is not an active family coach, and impossible dates', () => {
    expect(checkMatch({ ...base, coach: null })?.code).toBe('COACH_NOT_ACTIVE_FAMILY_COACH');
    expect(checkMatch({ ...base, matchedOn: '2026-10-02' })?.code).toBe('COACH_MATCH_IN_FUTURE');
    expect(checkMatch({ ...base, matchedOn: '2026-08-31' })?.code).toBe('COACH_MATCH_BEFORE_REFERRAL');
  });

  it('ends a running match once, not before it began nor in the future', () => {
    const end = { matchedOn: '2026-09-10', endedOn: '2026-09-10', alreadyEndedOn: null, today: '2026-10-01' };
    expect(checkEnd(end)).toBeNull();
    expect(checkEnd({ ...end, alreadyEndedOn: '2026-09-20' })?.code).toBe('COACH_MATCH_ALREADY_ENDED');
    expect(checkEnd({ ...end, endedOn: '2026-09-09' })?.code).toBe('COACH_MATCH_END_BEFORE_START');
    expect(checkEnd({ ...end, endedOn: '2026-10-02' })?.code).toBe('COACH_MATCH_END_IN_FUTURE');
  });
});
