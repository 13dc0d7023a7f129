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
