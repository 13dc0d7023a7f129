import { z } from 'zod';
import { DUPLICATE_REVIEWS } from '../domain/duplicate-family';
import { DECISION_OUTCOMES, REFERRAL_STATUSES } from '../domain/referral-decision';
import { INT4_MAX, isoDate, optionalText, requiredText, token } from './common';
import { ORGANISATION_KINDS, REFERRED_THROUGH_KINDS, zoneDto } from './network';

export { DECISION_OUTCOMES, REFERRAL_STATUSES };

export const MEMBER_ROLES = ['child', 'parent', 'other'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

// R31: names and dates are optional; a referral may be anonymous until the family agrees.
export const memberInput = z.object({
  role: z.enum(MEMBER_ROLES),
  givenName: optionalText(100),
  familyName: optionalText(100),
  birthDate: isoDate.optional().nullable(),
  dueDate: isoDate.optional().nullable(),
});
export type MemberInput = z.infer<typeof memberInput>;

export const createReferralBody = z.object({
  receivedOn: isoDate.optional(),
  fundingLine: token(50).min(1),
  registrant: z.object({
    organisationKind: z.enum(ORGANISATION_KINDS),
    organisationName: requiredText(200),
    contactName: optionalText(200),
    contactEmail: z.email().max(254).optional().nullable(),
    contactPhone: optionalText(50),
  }),
  // R9: the partner or initiative the family came through, apart from the registrant.
  referredThrough: z
    .object({ kind: z.enum(REFERRED_THROUGH_KINDS), name: optionalText(200) })
    .optional()
    .nullable(),
  family: z.object({
    municipalityNis: z.string().regex(/^\d{5}$/, 'a NIS code has five digits'),
    members: z.array(memberInput).min(1).max(20),
    // Set when the person registering already recognised the family as known.
    linkToFamilyId: z.uuid().optional().nullable(),
    // R31: a crisis consult may start under a pseudonym, without names or birth dates.
    pseudonym: optionalText(100),
  }),
  requestForHelp: requiredText(10_000),
  consentToRefer: z.boolean(),
});
export type CreateReferralBody = z.infer<typeof createReferralBody>;

/**
 * Issue 15, one referral door: where a referral registered by municipality went. A referral routed
 * to another collaboration is that collaboration's: the registrant keeps its reference, not the file.
 */
export const routedReferralDto = z.object({
  id: z.uuid(),
  reference: z.string(),
  collaboration: z.object({ id: z.uuid(), name: z.string() }),
  /** True when the family's municipality is served by another collaboration than the registrant's. */
  routed: z.boolean(),
});
export type RoutedReferralDto = z.infer<typeof routedReferralDto>;

// R31: the family agreed to be known: each member's names and birth date, from the version shown.
export const memberIdentityInput = z.object({
  id: z.uuid(),
  baseVersion: z.number().int().min(1).max(INT4_MAX),
  givenName: optionalText(100),
  familyName: optionalText(100),
  birthDate: isoDate.optional().nullable(),
});
export type MemberIdentityInput = z.infer<typeof memberIdentityInput>;
export const familyIdentityBody = z.object({ members: z.array(memberIdentityInput).min(1).max(20) });
export type FamilyIdentityBody = z.infer<typeof familyIdentityBody>;

export const duplicateCheckBody = createReferralBody.shape.family.pick({
  municipalityNis: true,
  members: true,
});
export type DuplicateCheckBody = z.infer<typeof duplicateCheckBody>;

export const memberDto = z.object({
  id: z.uuid(),
  role: z.enum(MEMBER_ROLES),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  birthDate: isoDate.nullable(),
  dueDate: isoDate.nullable(),
  /** The version a correction starts from (ADR 020). */
  version: z.number().int(),
});

export const possibleDuplicateDto = z.object({
  familyId: z.uuid(),
  reasons: z.array(z.string()),
  members: z.array(memberDto),
  referralCount: z.number().int(),
  lastReceivedOn: isoDate.nullable(),
});
export type PossibleDuplicateDto = z.infer<typeof possibleDuplicateDto>;
export const duplicateCheckResponse = z.object({ candidates: z.array(possibleDuplicateDto) });

const deadlineDto = z.object({
  dueOn: isoDate,
  state: z.enum(['onTime', 'dueToday', 'overdue', 'metOnTime', 'metLate']),
});

export const referralSummaryDto = z.object({
  id: z.uuid(),
  reference: z.string(),
  status: z.enum(REFERRAL_STATUSES),
  receivedOn: isoDate,
  fundingLine: z.object({ code: z.string(), name: z.string() }),
  registrant: z.object({ organisationKind: z.string(), organisationName: z.string() }),
  referredThrough: z.object({ kind: z.string(), name: z.string().nullable() }).nullable(),
  municipality: z.object({ nisCode: z.string(), name: z.string() }),
  primaryCareZone: zoneDto.nullable(),
  isOutsideRegion: z.boolean(),
  /** The family name(s) known, or null for a family still anonymous (R31). */
  familyLabel: z.string().nullable(),
  /** R31: the name a family not yet known goes by; null once its identity is added. */
  pseudonym: z.string().nullable(),
  childrenCount: z.number().int(),
  decision: z
    .object({ outcome: z.enum(DECISION_OUTCOMES), reason: z.string().nullable(), decidedOn: isoDate })
    .nullable(),
  answer: deadlineDto.extend({ workingDaysOpen: z.number().int(), targetWorkingDays: z.number().int() }),
  perspectiveConversation: deadlineDto.extend({ heldOn: isoDate.nullable() }),
  duplicateReview: z.enum(DUPLICATE_REVIEWS),
  /** R4: received or started past the line's yearly quota. */
  overQuota: z.boolean(),
});
export type ReferralSummaryDto = z.infer<typeof referralSummaryDto>;

export const referralDto = referralSummaryDto.extend({
  registrant: z.object({
    organisationKind: z.string(),
    organisationName: z.string(),
    contactName: z.string().nullable(),
    contactEmail: z.string().nullable(),
    contactPhone: z.string().nullable(),
  }),
  familyId: z.uuid(),
  members: z.array(memberDto),
  requestForHelp: z.string(),
  consentToRefer: z.boolean(),
  decision: z
    .object({
      outcome: z.enum(DECISION_OUTCOMES),
      reason: z.string().nullable(),
      decidedOn: isoDate,
      note: z.string().nullable(),
      decidedBy: z.string().nullable(),
      overQuotaReason: z.string().nullable(),
    })
    .nullable(),
  possibleDuplicates: z.array(possibleDuplicateDto),
  /** R31: when the family agreed to be known and who recorded it; null when it never was anonymous. */
  identity: z.object({ addedAt: z.string(), addedBy: z.string().nullable() }).nullable(),
  createdAt: z.string(),
});
export type ReferralDto = z.infer<typeof referralDto>;

export const listReferralsQuery = z.object({
  status: z.enum(REFERRAL_STATUSES).optional(),
  fundingLine: token(50).optional(),
  zone: token(20).optional(),
  registrantKind: z.enum(ORGANISATION_KINDS).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  offset: z.coerce.number().int().min(0).max(INT4_MAX).default(0),
});
export type ListReferralsQuery = z.infer<typeof listReferralsQuery>;

// An array, like every list of the API; the total for paging travels in `x-total-count`.
export const referralListResponse = z.array(referralSummaryDto);
export type ReferralListResponse = z.infer<typeof referralListResponse>;

export const decisionBody = z.object({
  outcome: z.enum(DECISION_OUTCOMES),
  reason: token(50).optional().nullable(),
  decidedOn: isoDate.optional(),
  note: optionalText(2000),
  /** R4: starting past the line's yearly quota needs the coordinator's reason. */
  overQuotaReason: optionalText(2000),
});
export type DecisionBody = z.infer<typeof decisionBody>;

export const duplicateReviewBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('link'), familyId: z.uuid() }),
  z.object({ action: z.literal('dismiss') }),
]);
export type DuplicateReviewBody = z.infer<typeof duplicateReviewBody>;

export const perspectiveConversationBody = z.object({ heldOn: isoDate });

export const notStartedReasonDto = z.object({ code: z.string(), label: z.string() });
export type NotStartedReasonDto = z.infer<typeof notStartedReasonDto>;
