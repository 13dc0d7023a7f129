import { z } from 'zod';
import { baseVersion, isoDate, optionalText, requiredText } from './common';
import { MEMBER_ROLES, memberDto, REFERRAL_STATUSES } from './intake';
import { zoneDto } from './network';

// The shared text guards (common.ts), re-exported for the contracts that took them from here.
export { optionalText, requiredText };

// Members: added and corrected in the file; names may stay empty (R31).
export const memberBody = z.object({
  role: z.enum(MEMBER_ROLES),
  givenName: optionalText(100),
  familyName: optionalText(100),
  birthDate: isoDate.optional().nullable(),
  /** For an unborn child; cleared once the birth date is known. */
  dueDate: isoDate.optional().nullable(),
});
export type MemberBody = z.infer<typeof memberBody>;
/** A correction names the version it started from (ADR 020). */
export const editMemberBody = memberBody.extend({ baseVersion });
export type EditMemberBody = z.infer<typeof editMemberBody>;

export const memberParams = z.object({ id: z.uuid(), memberId: z.uuid() });

// The network map: informal people and professional services around the family ("kluwen").
export const NETWORK_KINDS = ['informal', 'professional'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];
export const networkMemberBody = z.object({
  kind: z.enum(NETWORK_KINDS),
  name: requiredText(200),
  /** How an informal person relates to the family (grandmother, neighbour, coach of the football club). */
  relation: optionalText(100),
  organisation: optionalText(200),
  /** A professional's role or service (home guidance, child psychiatry, school care team). */
  role: optionalText(200),
  contact: optionalText(200),
  since: isoDate.optional().nullable(),
  until: isoDate.optional().nullable(),
  note: optionalText(1000),
});
export type NetworkMemberBody = z.infer<typeof networkMemberBody>;
export const editNetworkMemberBody = networkMemberBody.extend({ baseVersion });
export type EditNetworkMemberBody = z.infer<typeof editNetworkMemberBody>;

export const networkMemberDto = z.object({
  id: z.uuid(),
  kind: z.enum(NETWORK_KINDS),
  name: z.string(),
  relation: z.string().nullable(),
  organisation: z.string().nullable(),
  role: z.string().nullable(),
  contact: z.string().nullable(),
  since: isoDate.nullable(),
  until: isoDate.nullable(),
  note: z.string().nullable(),
  isActive: z.boolean(),
  version: z.number().int(),
});
export type NetworkMemberDto = z.infer<typeof networkMemberDto>;
export const networkParams = z.object({ id: z.uuid(), networkMemberId: z.uuid() });

// Assignments: the coordinator assigns liaison workers and coaches to a family (ADR 010).
export const assignmentBody = z.object({
  userId: z.uuid(),
  fromOn: isoDate.optional(),
  /** R10: why a liaison worker other than the one availability suggests gets the family. */
  overrideReason: optionalText(2000),
});
export type AssignmentBody = z.infer<typeof assignmentBody>;
export const endAssignmentBody = z.object({ toOn: isoDate });
export const assignmentParams = z.object({ id: z.uuid(), assignmentId: z.uuid() });

export const personDto = z.object({ id: z.uuid(), displayName: z.string(), roles: z.array(z.string()) });
export type PersonDto = z.infer<typeof personDto>;

export const assignmentDto = z.object({
  id: z.uuid(),
  person: personDto,
  fromOn: isoDate,
  toOn: isoDate.nullable(),
  isActive: z.boolean(),
});
export type AssignmentDto = z.infer<typeof assignmentDto>;

export const familyReferralDto = z.object({
  id: z.uuid(),
  reference: z.string(),
  receivedOn: isoDate,
  status: z.enum(REFERRAL_STATUSES),
  fundingLine: z.object({ code: z.string(), name: z.string() }),
  requestForHelp: z.string(),
  perspectiveConversationOn: isoDate.nullable(),
});
export type FamilyReferralDto = z.infer<typeof familyReferralDto>;

export const familyFileDto = z.object({
  id: z.uuid(),
  label: z.string().nullable(),
  municipality: z.object({ nisCode: z.string(), name: z.string() }),
  primaryCareZone: zoneDto.nullable(),
  members: z.array(memberDto),
  network: z.array(networkMemberDto),
  /** Distinct organisations among the professional services still involved. */
  professionalServices: z.number().int(),
  assignments: z.array(assignmentDto),
  /** Why this person opens the file. */
  access: z.enum(['coordinator', 'assigned']),
  createdAt: z.string(),
});
export type FamilyFileDto = z.infer<typeof familyFileDto>;

/** The `details` of a 403 FAMILY_FILE_RESTRICTED: the family exists, ask these people. */
export const familyRestrictedDetails = z.object({
  familyId: z.uuid(),
  label: z.string().nullable(),
  askWho: z.array(personDto),
});
export type FamilyRestrictedDetails = z.infer<typeof familyRestrictedDetails>;

/**
 * "Do we know this family?": the full surname with the municipality (NIS code) or a member's
 * birth year — an exact identification, never a fragment (422 when neither is given).
 */
export const familySearchQuery = z.object({
  familyName: requiredText(100),
  municipalityNis: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
  birthYear: z.coerce.number().int().min(1900).max(2100).optional(),
});
export type FamilySearchQuery = z.infer<typeof familySearchQuery>;
export const familySearchResultDto = z.object({
  id: z.uuid(),
  label: z.string().nullable(),
  municipality: z.string(),
  /** Only for those who may open the file; the others learn that it exists and whom to ask. */
  childrenCount: z.number().int().nullable(),
  access: z.enum(['full', 'limited']),
  askWho: z.array(personDto),
});
export type FamilySearchResultDto = z.infer<typeof familySearchResultDto>;

export const teamMemberDto = personDto.extend({ activeFamilies: z.number().int() });
export type TeamMemberDto = z.infer<typeof teamMemberDto>;

/** R17: the other file of the same family, merged into the file of the route. */
export const mergeFamilyBody = z.object({ mergeFamilyId: z.uuid() });
export type MergeFamilyBody = z.infer<typeof mergeFamilyBody>;
/** R17: a file that may hold the same family, for the coordinator to merge into this one. */
export const mergeCandidateDto = z.object({
  familyId: z.uuid(),
  label: z.string().nullable(),
  reasons: z.array(z.string()),
  members: z.array(memberDto),
});
export type MergeCandidateDto = z.infer<typeof mergeCandidateDto>;
