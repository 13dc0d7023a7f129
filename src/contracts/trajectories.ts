import { z } from 'zod';
import { MINUTES_IN_A_WEEK } from '../domain/family-care';
import { CLOSE_REASONS, TRAJECTORY_KINDS, TRAJECTORY_STATUSES } from '../domain/trajectories';
import { baseVersion, isoDate, token } from './common';
import { optionalText, requiredText } from './families';

export const receivingServiceInput = z.object({
  organisation: requiredText(200),
  service: optionalText(200),
  worker: optionalText(200),
});

// R2: what the family waits for, on whose waiting list, since when.
export const bridgingDetails = z.object({
  waitingFor: requiredText(200),
  waitingListOf: requiredText(200),
  waitingSince: isoDate,
});
export type BridgingDetails = z.infer<typeof bridgingDetails>;

// R3: receiving services and workers, the joint conversation, what was shared, how it goes on.
export const handoverDetails = z.object({
  receivingServices: z.array(receivingServiceInput).max(10),
  conversationOn: isoDate.optional().nullable(),
  conversationParticipants: z.array(requiredText(200)).max(30).default([]),
  sharedInformation: optionalText(5000),
  coordinationAgreement: optionalText(5000),
});
export type HandoverDetails = z.infer<typeof handoverDetails>;

// R20: where the family moves to; the receiving collaboration is a receiving service.
export const movingOutDetails = z.object({
  newMunicipality: requiredText(200),
  movingOn: isoDate.optional().nullable(),
});
export type MovingOutDetails = z.infer<typeof movingOutDetails>;

// R5: who gives the family care, when it was referred to them (default: the family's referral
// or the start), the first contact within 5 days and whether the referrer came to the first talk.
export const familyCareDetails = z.object({
  provider: requiredText(200),
  referredOn: isoDate.optional().nullable(),
  firstContactOn: isoDate.optional().nullable(),
  isReferrerPresent: z.boolean().optional().nullable(),
});
export type FamilyCareDetails = z.infer<typeof familyCareDetails>;
/** Completing family care later: what is left out stays as it was; null clears it. */
export const familyCareUpdate = familyCareDetails.partial();

const startBase = {
  fundingLine: token(50).min(1),
  startedOn: isoDate.optional(),
  referralId: z.uuid().optional().nullable(),
};
export const startTrajectoryBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('shortTerm'), ...startBase }),
  z.object({ kind: z.literal('bridging'), ...startBase, bridging: bridgingDetails }),
  z.object({
    kind: z.literal('handover'),
    ...startBase,
    handover: handoverDetails.extend({ receivingServices: z.array(receivingServiceInput).min(1).max(10) }),
  }),
  z.object({
    kind: z.literal('movingOut'),
    ...startBase,
    movingOut: movingOutDetails,
    handover: handoverDetails.optional(),
  }),
  z.object({ kind: z.literal('familyCare'), ...startBase, familyCare: familyCareDetails }),
]);
export type StartTrajectoryBody = z.infer<typeof startTrajectoryBody>;

export const updateTrajectoryBody = z.object({
  bridging: bridgingDetails.optional(),
  handover: handoverDetails.optional(),
  movingOut: movingOutDetails.optional(),
  familyCare: familyCareUpdate.optional(),
  /** Every change of a trajectory names the version it started from (ADR 020). */
  baseVersion,
});
export type UpdateTrajectoryBody = z.infer<typeof updateTrajectoryBody>;

export const extensionBody = z.object({ reason: requiredText(2000), untilOn: isoDate, baseVersion });
/** Accepting names the version the coach read, so a request changed meanwhile is not accepted unseen. */
export const acceptExtensionBody = z.object({ baseVersion });
export type AcceptExtensionBody = z.infer<typeof acceptExtensionBody>;
export type ExtensionBody = z.infer<typeof extensionBody>;

export const closeTrajectoryBody = z.object({
  closedOn: isoDate,
  reason: z.enum(CLOSE_REASONS),
  note: optionalText(2000),
  // R21: the family's own rating at the closing conversation.
  closingConversationOn: isoDate.optional().nullable(),
  familyRating: z.number().int().min(1).max(10).optional().nullable(),
  familyWords: optionalText(2000),
  baseVersion,
});
export type CloseTrajectoryBody = z.infer<typeof closeTrajectoryBody>;

export const planMeetingBody = z.object({
  plannedOn: isoDate,
  participants: z.array(requiredText(200)).max(30).default([]),
});
export type PlanMeetingBody = z.infer<typeof planMeetingBody>;
export const recordMeetingBody = z.object({
  heldOn: isoDate,
  participants: z.array(requiredText(200)).min(1).max(30),
  /** Decisions taken with the family; they go into the plan as its next version. */
  decisions: requiredText(5000),
  isFamilyPresent: z.boolean(),
  durationMinutes: z.number().int().min(1).max(720).default(60),
  /** The meeting's version as planned (ADR 020). */
  baseVersion,
});
export type RecordMeetingBody = z.infer<typeof recordMeetingBody>;
export const meetingParams = z.object({ id: z.uuid(), meetingId: z.uuid() });

// R5: one care week's hours, in minutes (a correction replaces the week).
export const careWeekParams = z.object({ id: z.uuid(), week: z.coerce.number().int().min(1).max(520) });
export const careWeekBody = z.object({
  minutes: z.number().int().min(0).max(MINUTES_IN_A_WEEK),
  /** The week's version as read; 0 for a week not recorded yet (ADR 020). */
  baseVersion: z.number().int().min(0).max(2_147_483_647),
});
export type CareWeekBody = z.infer<typeof careWeekBody>;

const careMinutes = {
  minutes: z.number().int(),
  projectMinutes: z.number().int(),
  otherMinutes: z.number().int(),
};
export const familyCareDto = z.object({
  provider: z.string(),
  referredOn: isoDate,
  firstContactOn: isoDate.nullable(),
  isReferrerPresent: z.boolean().nullable(),
  firstContact: z.object({
    dueOn: isoDate,
    state: z.enum(['onTime', 'late', 'due', 'overdue']),
    daysLate: z.number().int(),
  }),
  /** Every care week from week 1 to the current one (or the last recorded); minutes null when none recorded. */
  weeks: z.array(
    z.object({
      week: z.number().int(),
      startsOn: isoDate,
      endsOn: isoDate,
      minutes: z.number().int().nullable(),
      projectMinutes: z.number().int(),
      otherMinutes: z.number().int(),
      isProjectWeek: z.boolean(),
      recordedBy: z.string().nullable(),
      /** 0 while nothing is recorded for the week. */
      version: z.number().int(),
    }),
  ),
  totals: z.object(careMinutes),
  /** The care week of today (or of the closing); 0 before the start. */
  currentWeek: z.number().int(),
  projectWeeks: z.number().int(),
  projectWeeksUsed: z.number().int(),
  weeklyProjectMinutes: z.number().int(),
  /** R5: past 12 weeks care goes on, recorded as not project-funded. */
  isPastProjectWeeks: z.boolean(),
});
export type FamilyCareDto = z.infer<typeof familyCareDto>;

export const meetingDto = z.object({
  id: z.uuid(),
  plannedOn: isoDate,
  heldOn: isoDate.nullable(),
  participants: z.array(z.string()),
  decisions: z.string().nullable(),
  isFamilyPresent: z.boolean().nullable(),
  version: z.number().int(),
});
export type MeetingDto = z.infer<typeof meetingDto>;

const dueState = z.enum(['onTime', 'dueToday', 'overdue']);
export const trajectoryDto = z.object({
  id: z.uuid(),
  familyId: z.uuid(),
  kind: z.enum(TRAJECTORY_KINDS),
  fundingLine: z.object({ code: z.string(), name: z.string() }),
  referralId: z.uuid().nullable(),
  startedOn: isoDate,
  status: z.enum(TRAJECTORY_STATUSES),
  startedBy: z.string(),
  shortTerm: z
    .object({
      warnsOn: isoDate,
      endsOn: isoDate,
      state: z.enum(['running', 'endingSoon', 'extended', 'overdue']),
      isExtensionPending: z.boolean(),
    })
    .nullable(),
  extension: z
    .object({
      reason: z.string(),
      untilOn: isoDate,
      requestedOn: isoDate,
      requestedBy: z.string(),
      acceptedOn: isoDate.nullable(),
      acceptedBy: z.string().nullable(),
    })
    .nullable(),
  bridging: bridgingDetails
    .extend({
      lastContactOn: isoDate.nullable(),
      daysWithoutContact: z.number().int(),
      contactDueOn: isoDate,
      contactState: dueState,
    })
    .nullable(),
  handover: z
    .object({
      receivingServices: z.array(
        z.object({ organisation: z.string(), service: z.string().nullable(), worker: z.string().nullable() }),
      ),
      conversationOn: isoDate.nullable(),
      conversationParticipants: z.array(z.string()),
      sharedInformation: z.string().nullable(),
      coordinationAgreement: z.string().nullable(),
      missing: z.array(z.string()),
      needsCoordinationMeetings: z.boolean(),
    })
    .nullable(),
  movingOut: z.object({ newMunicipality: z.string(), movingOn: isoDate.nullable() }).nullable(),
  familyCare: familyCareDto.nullable(),
  meetings: z.array(meetingDto),
  closing: z
    .object({
      closedOn: isoDate,
      reason: z.enum(CLOSE_REASONS),
      note: z.string().nullable(),
      closingConversationOn: isoDate.nullable(),
      familyRating: z.number().int().nullable(),
      familyWords: z.string().nullable(),
      goals: z.object({
        total: z.number().int(),
        reached: z.number().int(),
        partlyReached: z.number().int(),
      }),
      servicesAtStart: z.number().int(),
      servicesAtEnd: z.number().int(),
      closedBy: z.string(),
    })
    .nullable(),
  version: z.number().int(),
});
export type TrajectoryDto = z.infer<typeof trajectoryDto>;

// Contacts (R28: a note can be kept out of the family's view, with the reason why).
export const CONTACT_KINDS = [
  'homeVisit',
  'office',
  'phone',
  'video',
  'networkMeeting',
  'coordinationMeeting',
] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export const HIDDEN_REASONS = ['thirdPartyConfidential', 'aboutOtherPerson', 'harmful', 'forCourts'] as const;
export type HiddenReason = (typeof HIDDEN_REASONS)[number];

export const contactBody = z.object({
  kind: z.enum(CONTACT_KINDS),
  occurredOn: isoDate,
  durationMinutes: z.number().int().min(1).max(720),
  participants: z.array(requiredText(200)).max(30).default([]),
  note: optionalText(5000),
  trajectoryId: z.uuid().optional().nullable(),
  hiddenFromFamily: z.enum(HIDDEN_REASONS).optional().nullable(),
});
export type ContactBody = z.infer<typeof contactBody>;

export const contactDto = z.object({
  id: z.uuid(),
  familyId: z.uuid(),
  trajectoryId: z.uuid().nullable(),
  kind: z.enum(CONTACT_KINDS),
  occurredOn: isoDate,
  durationMinutes: z.number().int(),
  participants: z.array(z.string()),
  note: z.string().nullable(),
  hiddenFromFamily: z.enum(HIDDEN_REASONS).nullable(),
  recordedBy: z.string(),
  createdAt: z.string(),
});
export type ContactDto = z.infer<typeof contactDto>;
