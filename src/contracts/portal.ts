import { z } from 'zod';
import { TRAJECTORY_KINDS } from '../domain/trajectories';
import { isoDate, LOCALES } from './common';
import { MEMBER_ROLES } from './intake';
import { planVersionDto } from './plans';
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
});
export type FamilyViewDto = z.infer<typeof familyViewDto>;

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
