import { z } from 'zod';
import { DEFAULT_CASELOAD_LIMIT } from '../domain/family-coaching';
import { WORKER_FUNCTIONS } from '../domain/secondment';
import { baseVersion, isoDate, optionalText, requiredText, token } from './common';

/** FTE as a percentage of full time in whole numbers (50 = half-time). */
const fte = z.number().int().min(0).max(100);

export const workerInput = z.object({
  displayName: requiredText(200),
  homeOrganisationId: z.uuid(),
  function: z.enum(WORKER_FUNCTIONS),
  typeModuleId: z.uuid().nullable().optional(),
  fteTeam: fte,
  fteHomeOrganisation: fte.default(0),
  secondmentStart: isoDate,
  secondmentEnd: isoDate.nullable().optional(),
  zoneCode: token(20).nullable().optional(),
  site: optionalText(100),
  isNewHire: z.boolean().default(false),
  /** R12: this worker is the extra module that covers absence. */
  coversAbsence: z.boolean().default(false),
  flexibleSpreadingFrom: isoDate.nullable().optional(),
  userId: z.uuid().nullable().optional(),
  /** R23: families a family coach takes at most; 7 unless funding lowers it. Only for family coaches. */
  caseloadLimit: z.number().int().min(0).max(DEFAULT_CASELOAD_LIMIT).nullable().optional(),
});
export type WorkerInput = z.infer<typeof workerInput>;
/**
 * A new worker; with `inviteEmail` the person is invited at once (issue 12): an account with the
 * role of their function and their home organisation, linked to the worker, and the e-mail.
 */
export const newWorkerInput = workerInput.extend({ inviteEmail: z.email().max(254).nullable().optional() });
export type NewWorkerInput = z.infer<typeof newWorkerInput>;
/** A change names the version it started from (ADR 020). */
export const editWorkerInput = workerInput.extend({ baseVersion });
export type EditWorkerInput = z.infer<typeof editWorkerInput>;

export const absenceInput = z.object({
  startsOn: isoDate,
  endsOn: isoDate,
  reason: optionalText(200),
});
export type AbsenceInput = z.infer<typeof absenceInput>;

export const typeModuleInput = z.object({
  employerOrganisationId: z.uuid(),
  name: requiredText(200),
  fte: z.number().int().min(1).max(1000),
});
export type TypeModuleInput = z.infer<typeof typeModuleInput>;

export const breachDto = z.object({
  rule: z.literal('R11'),
  code: z.string(),
  workerId: z.string().optional(),
  organisationId: z.string().optional(),
  typeModuleId: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type BreachDto = z.infer<typeof breachDto>;

export const workerDto = workerInput.extend({
  id: z.uuid(),
  homeOrganisationName: z.string(),
  isActive: z.boolean(),
  absences: z.array(absenceInput.extend({ id: z.uuid() })),
  isAbsentToday: z.boolean(),
  version: z.number().int(),
});
export type WorkerDto = z.infer<typeof workerDto>;

export const typeModuleDto = typeModuleInput.extend({
  id: z.uuid(),
  employerName: z.string(),
  usedFte: z.number().int(),
});
export type TypeModuleDto = z.infer<typeof typeModuleDto>;

/** R12: this year's absence (registered and planned) against the cover planned, in FTE × working days. */
export const absenceCoverDto = z.object({
  year: z.number().int(),
  workingDays: z.number().int(),
  absentFteDays: z.number().int(),
  coverFteDays: z.number().int(),
  absentFte: z.number().int(),
  coverFte: z.number().int(),
  uncoveredFteDays: z.number().int(),
  status: z.enum(['none', 'covered', 'uncovered']),
});
export type AbsenceCoverDto = z.infer<typeof absenceCoverDto>;

export const teamResponse = z.object({
  workers: z.array(workerDto),
  typeModules: z.array(typeModuleDto),
  breaches: z.array(breachDto),
  totals: z.object({ workers: z.number().int(), fteTeam: z.number().int() }),
  absenceCover: absenceCoverDto,
});
export type TeamResponse = z.infer<typeof teamResponse>;

// ── R10: caseload per FTE and assignment by availability ──────────────────────────────────
const count = z.number().int().min(0);
export const AVAILABILITY = ['available', 'absent', 'absentSoon', 'noAccount'] as const;

export const caseloadWorkerDto = z.object({
  workerId: z.uuid(),
  displayName: z.string(),
  function: z.enum(WORKER_FUNCTIONS),
  zoneCode: z.string().nullable(),
  fteTeam: count,
  hasAccount: z.boolean(),
  families: count,
  openTrajectories: count,
  familiesWithoutTrajectory: count,
  /** Open trajectories plus assigned families without one: the load R10 weighs. */
  units: count,
  /** Units per full-time equivalent, one decimal. */
  perFte: z.number().nullable(),
  availability: z.enum(AVAILABILITY),
  absence: z.object({ startsOn: isoDate, endsOn: isoDate }).nullable(),
});
export type CaseloadWorkerDto = z.infer<typeof caseloadWorkerDto>;

export const caseloadGroupDto = z.object({
  zoneCode: z.string().nullable(),
  zoneName: z.string().nullable(),
  workers: count,
  fteTeam: count,
  units: count,
  perFte: z.number().nullable(),
});
export type CaseloadGroupDto = z.infer<typeof caseloadGroupDto>;

export const teamCaseloadResponse = z.object({
  today: isoDate,
  workers: z.array(caseloadWorkerDto),
  regions: z.array(caseloadGroupDto),
  total: caseloadGroupDto,
});
export type TeamCaseloadResponse = z.infer<typeof teamCaseloadResponse>;

export const assignmentDecisionDto = z.object({
  id: z.uuid(),
  familyId: z.uuid(),
  referralId: z.uuid().nullable(),
  workerId: z.uuid(),
  workerName: z.string(),
  suggestedWorkerId: z.uuid().nullable(),
  suggestedWorkerName: z.string().nullable(),
  isOverride: z.boolean(),
  overrideReason: z.string().nullable(),
  zoneCode: z.string().nullable(),
  decidedOn: isoDate,
  decidedByName: z.string(),
});
export type AssignmentDecisionDto = z.infer<typeof assignmentDecisionDto>;

export const suggestionQuery = z.object({ familyId: z.uuid() });

export const assignmentSuggestionResponse = z.object({
  familyId: z.uuid(),
  zone: z.object({ code: z.string(), name: z.string() }).nullable(),
  /** 'region': the best of the family's region; 'team': nobody available there; 'none': nobody. */
  scope: z.enum(['region', 'team', 'none']),
  suggestedWorkerId: z.uuid().nullable(),
  candidates: z.array(caseloadWorkerDto.extend({ isInRegion: z.boolean() })),
  /** Who works with the family today (assigned by availability or otherwise). */
  assignedTo: z.array(z.object({ userId: z.uuid(), displayName: z.string(), fromOn: isoDate })),
  decisions: z.array(assignmentDecisionDto),
});
export type AssignmentSuggestionResponse = z.infer<typeof assignmentSuggestionResponse>;

export const assignByAvailabilityBody = z.object({
  familyId: z.uuid(),
  workerId: z.uuid(),
  referralId: z.uuid().nullable().optional(),
  /** Required when the chosen worker is not the suggestion (R10). */
  overrideReason: optionalText(1000),
});
export type AssignByAvailabilityBody = z.infer<typeof assignByAvailabilityBody>;

export const assignmentDecisionsQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });
export const assignmentDecisionsResponse = z.object({
  from: isoDate,
  to: isoDate,
  total: count,
  overrides: count,
  decisions: z.array(assignmentDecisionDto),
});
export type AssignmentDecisionsResponse = z.infer<typeof assignmentDecisionsResponse>;
