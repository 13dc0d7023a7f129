import { z } from 'zod';
import { TRAJECTORY_KINDS, TRAJECTORY_STATUSES } from '../domain/trajectories';
import { INT4_MAX, isoDate, LOCALES } from './common';
import { NETWORK_KINDS } from './families';
import { MEMBER_ROLES } from './intake';
import { planDto, planVersionDto } from './plans';
import { CONTACT_KINDS } from './trajectories';

// What the family itself reads (R16) — and nothing marked for professionals only (R28). The
// family-plan PDF is printed from exactly this.
export const familyViewDto = z.object({
  familyId: z.uuid(),
  label: z.string().nullable(),
  members: z.array(
    z.object({
      role: z.enum(MEMBER_ROLES),
      givenName: z.string().nullable(),
      familyName: z.string().nullable(),
      birthDate: isoDate.nullable(),
      dueDate: isoDate.nullable(),
    }),
  ),
  plan: planVersionDto.nullable(),
  trajectories: z.array(
    z.object({ kind: z.enum(TRAJECTORY_KINDS), startedOn: isoDate, closedOn: isoDate.nullable() }),
  ),
  contacts: z.array(
    z.object({
      kind: z.enum(CONTACT_KINDS),
      occurredOn: isoDate,
      durationMinutes: z.number().int(),
      note: z.string().nullable(),
    }),
  ),
  workers: z.array(z.string()),
  printedOn: isoDate,
  /**
   * R30: how long the file is kept (until the youngest member turns the collaboration's age);
   * `fileClosedOn` is set once no trajectory is open any more — the family is then told the
   * retention period and offered a copy.
   */
  retention: z.object({
    retentionAge: z.number().int(),
    keptUntil: isoDate,
    fileClosedOn: isoDate.nullable(),
  }),
});
export type FamilyViewDto = z.infer<typeof familyViewDto>;

/**
 * R16 (GDPR art. 15 and 20): the family's own data, machine-readable. Built from exactly what the
 * family may see (R27, R28). The shape is versioned: `formatVersion` goes up when a field changes
 * meaning or disappears; new fields may appear within a version. Documented in docs/family-copy.md.
 */
export const FAMILY_COPY_FORMAT = 'eenplan.family-copy';
export const familyCopyDto = familyViewDto.omit({ printedOn: true }).extend({
  format: z.literal(FAMILY_COPY_FORMAT),
  formatVersion: z.literal(1),
  createdOn: isoDate,
});
export type FamilyCopyDto = z.infer<typeof familyCopyDto>;

export const planPdfQuery = z.object({ lang: z.enum(LOCALES).default('nl') });

// The family's own portal (issue 13): what a signed-in family member reads of its own file.
const portalMember = z.object({
  id: z.uuid(),
  role: z.enum(MEMBER_ROLES),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  birthDate: isoDate.nullable(),
  dueDate: isoDate.nullable(),
});
export type PortalMemberDto = z.infer<typeof portalMember>;

/** A worker as the family sees them: a name and the organisation they work for. */
export const portalWorkerDto = z.object({ displayName: z.string(), organisation: z.string().nullable() });

export const portalOverviewDto = z.object({
  familyId: z.uuid(),
  label: z.string().nullable(),
  /** The member who is signed in. */
  me: portalMember,
  members: z.array(portalMember),
  workers: z.array(portalWorkerDto),
  today: isoDate,
});
export type PortalOverviewDto = z.infer<typeof portalOverviewDto>;

/** Our plan: the current version and every earlier one (issue 13 point 2). */
export const portalPlanDto = planDto.omit({ mergedPlans: true });
export type PortalPlanDto = z.infer<typeof portalPlanDto>;
export const portalPlanVersionParams = z.object({ version: z.coerce.number().int().min(1).max(INT4_MAX) });

/** What is written about us (R28 kept out), our trajectories and what comes next, the hand-over. */
export const portalFileDto = z.object({
  contacts: z.array(
    z.object({
      kind: z.enum(CONTACT_KINDS),
      occurredOn: isoDate,
      durationMinutes: z.number().int(),
      note: z.string().nullable(),
      recordedBy: z.string(),
    }),
  ),
  trajectories: z.array(
    z.object({
      kind: z.enum(TRAJECTORY_KINDS),
      status: z.enum(TRAJECTORY_STATUSES),
      startedOn: isoDate,
      closedOn: isoDate.nullable(),
      /** R1: when a short trajectory ends (an accepted extension's day, else 4 months on). */
      endsOn: isoDate.nullable(),
      /** The next coordination meeting planned and not yet held. */
      nextMeetingOn: isoDate.nullable(),
      handover: z
        .object({
          receivingServices: z.array(
            z.object({
              organisation: z.string(),
              service: z.string().nullable(),
              worker: z.string().nullable(),
            }),
          ),
          conversationOn: isoDate.nullable(),
          conversationParticipants: z.array(z.string()),
          sharedInformation: z.string().nullable(),
          coordinationAgreement: z.string().nullable(),
        })
        .nullable(),
    }),
  ),
});
export type PortalFileDto = z.infer<typeof portalFileDto>;

/** Who is involved: our members, our network (people we know and services), our workers. */
export const portalPeopleDto = z.object({
  members: z.array(portalMember),
  network: z.array(
    z.object({
      kind: z.enum(NETWORK_KINDS),
      name: z.string(),
      relation: z.string().nullable(),
      organisation: z.string().nullable(),
      role: z.string().nullable(),
    }),
  ),
  workers: z.array(portalWorkerDto),
});
export type PortalPeopleDto = z.infer<typeof portalPeopleDto>;

/** Who read our file: the professionals' reads of the audit trail, never the family's own. */
export const portalReadsDto = z.object({
  reads: z.array(z.object({ by: z.string(), organisation: z.string().nullable(), at: z.string() })),
});
export type PortalReadsDto = z.infer<typeof portalReadsDto>;

// A worker invites a family member to its own account (issue 13 point 1, ADR 044): by e-mail
// link, or by a one-time code handed over at a home visit (for a family without e-mail).
export const familyInvitationBody = z.discriminatedUnion('method', [
  z.object({ method: z.literal('email'), email: z.email().max(254), locale: z.enum(LOCALES).default('nl') }),
  z.object({ method: z.literal('code'), locale: z.enum(LOCALES).default('nl') }),
]);
export type FamilyInvitationBody = z.infer<typeof familyInvitationBody>;
export const familyMemberParams = z.object({ id: z.uuid(), memberId: z.uuid() });

export const FAMILY_ACCOUNT_STATUSES = ['invited', 'active', 'deactivated'] as const;
export const familyAccountDto = z.object({
  userId: z.uuid(),
  memberId: z.uuid(),
  displayName: z.string(),
  /** The address, or the sign-in name of a family without e-mail. */
  signInWith: z.string(),
  status: z.enum(FAMILY_ACCOUNT_STATUSES),
  invitationExpiresAt: z.string().nullable(),
});
export type FamilyAccountDto = z.infer<typeof familyAccountDto>;

/** Answered once: the one-time code is shown to the worker now and never again. */
export const familyInvitationDto = z.object({
  account: familyAccountDto,
  /** Only for an invitation by code: what the family types on the invitation page. */
  code: z.string().nullable(),
  expiresAt: z.string(),
});
export type FamilyInvitationDto = z.infer<typeof familyInvitationDto>;

/**
 * The worker prints the one-time code's instruction sheet (issue 13): the browser makes the sheet
 * from the answer it already holds; the server only hears that it was printed, and in which
 * language, never the code.
 */
export const instructionSheetBody = z.object({ locale: z.enum(LOCALES) });
export type InstructionSheetBody = z.infer<typeof instructionSheetBody>;
