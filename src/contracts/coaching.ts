// R23: the central registration point of family coaching — the families waiting for a coach,
// the coaches with their caseload limit, and the matches between them.
import { z } from 'zod';
import { FAMILY_COACH_FUNCTIONS, MATCH_END_REASONS } from '../domain/family-coaching';
import { isoDate, optionalText } from './common';

const zoneDto = z.object({ code: z.string(), name: z.string() });
const coachRef = z.object({ id: z.uuid(), displayName: z.string(), isVolunteer: z.boolean() });

export const waitingForCoachDto = z.object({
  familyId: z.uuid(),
  familyLabel: z.string().nullable(),
  referralId: z.uuid(),
  reference: z.string(),
  /** The referral's receipt, or the day a coach stopped and the family waited again. */
  since: isoDate,
  waitingDays: z.number().int(),
  position: z.number().int(),
  municipality: z.string().nullable(),
  zone: zoneDto.nullable(),
  /** First come first served: null when the places left go to families that wait longer. */
  suggestedCoach: coachRef.nullable(),
  /** Waits again because the coach stopped. */
  isReturning: z.boolean(),
});
export type WaitingForCoachDto = z.infer<typeof waitingForCoachDto>;
export const coachWaitingListResponse = z.object({
  today: isoDate,
  entries: z.array(waitingForCoachDto),
});
export type CoachWaitingListResponse = z.infer<typeof coachWaitingListResponse>;

export const coachDto = z.object({
  id: z.uuid(),
  displayName: z.string(),
  function: z.enum(FAMILY_COACH_FUNCTIONS),
  isVolunteer: z.boolean(),
  organisationName: z.string(),
  zone: zoneDto.nullable(),
  caseloadLimit: z.number().int(),
  running: z.number().int(),
  freePlaces: z.number().int(),
  isFull: z.boolean(),
  isOverLimit: z.boolean(),
  isAbsentToday: z.boolean(),
});
export type CoachDto = z.infer<typeof coachDto>;
export const coachesResponse = z.object({ today: isoDate, coaches: z.array(coachDto) });
export type CoachesResponse = z.infer<typeof coachesResponse>;

export const coachMatchDto = z.object({
  id: z.uuid(),
  familyId: z.uuid(),
  familyLabel: z.string().nullable(),
  coach: coachRef,
  referralId: z.uuid().nullable(),
  matchedOn: isoDate,
  endedOn: isoDate.nullable(),
  endReason: z.enum(MATCH_END_REASONS).nullable(),
  matchedByName: z.string(),
  suggestedCoachId: z.uuid().nullable(),
  choiceReason: z.string().nullable(),
});
export type CoachMatchDto = z.infer<typeof coachMatchDto>;
export const coachMatchesResponse = z.object({ matches: z.array(coachMatchDto) });
export type CoachMatchesResponse = z.infer<typeof coachMatchesResponse>;

export const matchInput = z.object({
  familyId: z.uuid(),
  coachId: z.uuid(),
  /** Which coaching referral the match answers; by default the one the family waits on. */
  referralId: z.uuid().nullable().optional(),
  matchedOn: isoDate.optional(),
  /** Required when another coach than the suggested one is chosen. */
  reason: optionalText(1000),
});
export type MatchInput = z.infer<typeof matchInput>;

export const endMatchInput = z.object({
  endedOn: isoDate,
  reason: z.enum(MATCH_END_REASONS),
});
export type EndMatchInput = z.infer<typeof endMatchInput>;
