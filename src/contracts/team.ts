import { z } from 'zod';
import { DEFAULT_CASELOAD_LIMIT } from '../domain/family-coaching';
import { WORKER_FUNCTIONS } from '../domain/secondment';
import { isoDate } from './common';

/** FTE as a percentage of full time in whole numbers (50 = half-time). */
const fte = z.number().int().min(0).max(100);

export const workerInput = z.object({
  displayName: z.string().trim().min(1).max(200),
  homeOrganisationId: z.uuid(),
  function: z.enum(WORKER_FUNCTIONS),
  typeModuleId: z.uuid().nullable().optional(),
  fteTeam: fte,
  fteHomeOrganisation: fte.default(0),
  secondmentStart: isoDate,
  secondmentEnd: isoDate.nullable().optional(),
  zoneCode: z.string().max(20).nullable().optional(),
  site: z.string().trim().max(100).nullable().optional(),
  isNewHire: z.boolean().default(false),
  flexibleSpreadingFrom: isoDate.nullable().optional(),
  userId: z.uuid().nullable().optional(),
  /** R23: families a family coach takes at most; 7 unless funding lowers it. Only for family coaches. */
  caseloadLimit: z.number().int().min(0).max(DEFAULT_CASELOAD_LIMIT).nullable().optional(),
});
export type WorkerInput = z.infer<typeof workerInput>;

export const absenceInput = z.object({
  startsOn: isoDate,
  endsOn: isoDate,
  reason: z.string().trim().max(200).nullable().optional(),
});
export type AbsenceInput = z.infer<typeof absenceInput>;

export const typeModuleInput = z.object({
  employerOrganisationId: z.uuid(),
  name: z.string().trim().min(1).max(200),
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
});
export type WorkerDto = z.infer<typeof workerDto>;

export const typeModuleDto = typeModuleInput.extend({
  id: z.uuid(),
  employerName: z.string(),
  usedFte: z.number().int(),
});
export type TypeModuleDto = z.infer<typeof typeModuleDto>;

export const teamResponse = z.object({
  workers: z.array(workerDto),
  typeModules: z.array(typeModuleDto),
  breaches: z.array(breachDto),
  totals: z.object({ workers: z.number().int(), fteTeam: z.number().int() }),
});
export type TeamResponse = z.infer<typeof teamResponse>;
