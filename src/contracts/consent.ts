import { z } from 'zod';
import { CONSENT_RECIPIENTS, CONSENT_SCOPES } from '../domain/consent';
import { NEVER_SHOWN_REASONS } from '../domain/family-visibility';
import { ORGANISATION_KINDS } from '../domain/organisation-kinds';
import { isoDate, optionalText, requiredText } from './common';
import { MEMBER_ROLES } from './intake';
import { planVersionDto } from './plans';
import { CONTACT_KINDS } from './trajectories';

// Consent and sharing (R29), minors (R27), what is never shown (R28) — issue 13 points 4–6.

export { CONSENT_RECIPIENTS, CONSENT_SCOPES, NEVER_SHOWN_REASONS };

export const STANDINGS = ['adult', 'competentMinor', 'notCompetent', 'child', 'ageUnknown'] as const;
export const CONSENT_SOURCES = ['portal', 'paperForm'] as const;

const organisationRef = z.object({ id: z.uuid(), name: z.string(), kind: z.enum(ORGANISATION_KINDS) });

const consentTerms = {
  recipient: z.enum(CONSENT_RECIPIENTS),
  /** The partner (recipient `partner`); none for a young person's consent to the parents. */
  organisationId: z.uuid().optional().nullable(),
  purpose: requiredText(300),
  scopes: z.array(z.enum(CONSENT_SCOPES)).min(1).max(CONSENT_SCOPES.length),
  /** R27: under 12 the parents decide; what the child said about it. */
  childView: optionalText(2000),
};

/** The worker records a consent from a signed paper form. */
export const recordConsentBody = z.object({ memberId: z.uuid(), formDate: isoDate, ...consentTerms });
export type RecordConsentBody = z.infer<typeof recordConsentBody>;

/** The family member gives a consent in the portal, as themselves. */
export const giveConsentBody = z.object(consentTerms);
export type GiveConsentBody = z.infer<typeof giveConsentBody>;

/** A withdrawal names the version read; the worker's names the date of the paper form. */
export const withdrawConsentBody = z.object({
  baseVersion: z.number().int().min(1).max(2_147_483_647),
  formDate: isoDate.optional().nullable(),
});
export type WithdrawConsentBody = z.infer<typeof withdrawConsentBody>;

export const consentDto = z.object({
  id: z.uuid(),
  memberId: z.uuid(),
  memberName: z.string().nullable(),
  recipient: z.enum(CONSENT_RECIPIENTS),
  organisation: organisationRef.nullable(),
  purpose: z.string(),
  scopes: z.array(z.enum(CONSENT_SCOPES)),
  givenOn: isoDate,
  source: z.enum(CONSENT_SOURCES),
  formDate: isoDate.nullable(),
  recordedBy: z.string(),
  childView: z.string().nullable(),
  withdrawnOn: isoDate.nullable(),
  withdrawnBy: z.string().nullable(),
  isInForce: z.boolean(),
  version: z.number().int(),
});
export type ConsentDto = z.infer<typeof consentDto>;

export const shareBody = z.object({
  organisationId: z.uuid(),
  purpose: requiredText(300),
  scope: z.enum(CONSENT_SCOPES),
});
export type ShareBody = z.infer<typeof shareBody>;

/** R29: one line of the sharing log, as the worker and the family read it. */
export const sharingDto = z.object({
  id: z.uuid(),
  organisation: organisationRef,
  purpose: z.string(),
  scope: z.enum(CONSENT_SCOPES),
  consentIds: z.array(z.uuid()),
  sharedOn: isoDate,
  sharedBy: z.string(),
  /** Whether the partner can still read it: the consents it rests on hold today. */
  isConsentInForce: z.boolean(),
});
export type SharingDto = z.infer<typeof sharingDto>;

export const assessmentBody = z.object({
  memberId: z.uuid(),
  reason: requiredText(2000),
  assessedOn: isoDate,
  reviewOn: isoDate,
});
export type AssessmentBody = z.infer<typeof assessmentBody>;

export const assessmentDto = z.object({
  id: z.uuid(),
  memberId: z.uuid(),
  reason: z.string(),
  assessedOn: isoDate,
  reviewOn: isoDate,
  assessedBy: z.string(),
  isInForce: z.boolean(),
});
export type AssessmentDto = z.infer<typeof assessmentDto>;

export const consentMemberDto = z.object({
  id: z.uuid(),
  role: z.enum(MEMBER_ROLES),
  name: z.string().nullable(),
  standing: z.enum(STANDINGS),
});
export type ConsentMemberDto = z.infer<typeof consentMemberDto>;

/** The worker's page of a family's consents, sharing log and minors' assessments. */
export const consentOverviewDto = z.object({
  members: z.array(consentMemberDto),
  consents: z.array(consentDto),
  sharings: z.array(sharingDto),
  assessments: z.array(assessmentDto),
});
export type ConsentOverviewDto = z.infer<typeof consentOverviewDto>;

/** The family's own: its consents and the sharing log (R29), as the signed-in member reads them. */
export const familyConsentsDto = z.object({
  memberId: z.uuid(),
  consents: z.array(consentDto),
  sharings: z.array(sharingDto),
});
export type FamilyConsentsDto = z.infer<typeof familyConsentsDto>;

export const markParams = z.object({ id: z.uuid(), contactId: z.uuid() });

export const markBody = z.object({
  neverShown: z.enum(NEVER_SHOWN_REASONS).optional().nullable(),
  withheldReason: optionalText(2000),
  ownerMemberId: z.uuid().optional().nullable(),
  notForMemberIds: z.array(z.uuid()).max(20).default([]),
  /** 0 for an item not marked before (ADR 020). */
  baseVersion: z.number().int().min(0).max(2_147_483_647),
});
export type MarkBody = z.infer<typeof markBody>;

export const markDto = z.object({
  itemType: z.literal('contact'),
  itemId: z.uuid(),
  neverShown: z.enum(NEVER_SHOWN_REASONS).nullable(),
  withheldReason: z.string().nullable(),
  ownerMemberId: z.uuid().nullable(),
  notForMemberIds: z.array(z.uuid()),
  markedBy: z.string(),
  version: z.number().int(),
});
export type MarkDto = z.infer<typeof markDto>;

const sharedContact = z.object({
  kind: z.enum(CONTACT_KINDS),
  occurredOn: isoDate,
  durationMinutes: z.number().int(),
  note: z.string().nullable(),
});
const sharedHandover = z.object({
  receivingServices: z.array(
    z.object({ organisation: z.string(), service: z.string().nullable(), worker: z.string().nullable() }),
  ),
  conversationOn: isoDate.nullable(),
  sharedInformation: z.string().nullable(),
  coordinationAgreement: z.string().nullable(),
});

/** What went to the partner: the family-visible parts of the scope at the moment of sharing. */
export const sharedContentDto = z.object({
  familyLabel: z.string().nullable(),
  plan: planVersionDto.nullable().optional(),
  contacts: z.array(sharedContact).optional(),
  handovers: z.array(sharedHandover).optional(),
});
export type SharedContentDto = z.infer<typeof sharedContentDto>;

/** A partner's list of what was shared with it; the content only while the consent holds. */
export const receivedSharingDto = z.object({
  id: z.uuid(),
  purpose: z.string(),
  scope: z.enum(CONSENT_SCOPES),
  sharedOn: isoDate,
  sharedBy: z.string(),
  isConsentInForce: z.boolean(),
});
export type ReceivedSharingDto = z.infer<typeof receivedSharingDto>;

export const receivedSharingDetailDto = receivedSharingDto.extend({ content: sharedContentDto });
export type ReceivedSharingDetailDto = z.infer<typeof receivedSharingDetailDto>;

export const consentParams = z.object({ id: z.uuid(), consentId: z.uuid() });

export const ownConsentParams = z.object({ consentId: z.uuid() });
