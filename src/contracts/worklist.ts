import { z } from 'zod';
import { DUE_KINDS } from '../domain/due-items';
import { TRAJECTORY_KINDS } from '../domain/trajectories';
import { isoDate } from './common';
import { personDto } from './families';

export const scopeQuery = z.object({ scope: z.enum(['mine', 'all']).default('mine') });

export const dueItemDto = z.object({
  kind: z.enum(DUE_KINDS),
  familyId: z.uuid(),
  familyLabel: z.string().nullable(),
  trajectoryId: z.uuid().nullable(),
  trajectoryKind: z.enum(TRAJECTORY_KINDS).nullable(),
  dueOn: isoDate,
  state: z.enum(['overdue', 'dueToday', 'thisWeek', 'later']),
  subject: z.string().nullable(),
  isWarning: z.boolean(),
  workers: z.array(z.string()),
});
export type DueItemDto = z.infer<typeof dueItemDto>;
export const weekResponse = z.object({ today: isoDate, items: z.array(dueItemDto) });
export type WeekResponse = z.infer<typeof weekResponse>;

export const myFamilyDto = z.object({
  id: z.uuid(),
  label: z.string().nullable(),
  municipality: z.string(),
  childrenCount: z.number().int(),
  workers: z.array(personDto),
  openTrajectories: z.array(z.object({ id: z.uuid(), kind: z.enum(TRAJECTORY_KINDS), startedOn: isoDate })),
  hasPlan: z.boolean(),
  lastContactOn: isoDate.nullable(),
  overdue: z.number().int(),
  dueThisWeek: z.number().int(),
});
export type MyFamilyDto = z.infer<typeof myFamilyDto>;

// R18: the waiting list.
export const waitingEntryDto = z.object({
  familyId: z.uuid(),
  familyLabel: z.string().nullable(),
  kind: z.enum(['team', 'followUpCare']),
  /** The funding line for the team's own list; the service for follow-up care. */
  waitsFor: z.string(),
  waitingListOf: z.string().nullable(),
  since: isoDate,
  waitingDays: z.number().int(),
  position: z.number().int(),
  queue: z.string(),
  hasBridging: z.boolean(),
  referralId: z.uuid().nullable(),
  reference: z.string().nullable(),
});
export type WaitingEntryDto = z.infer<typeof waitingEntryDto>;
export const waitingFiguresDto = z.object({
  kind: z.enum(['team', 'followUpCare']),
  queue: z.string(),
  waiting: z.number().int(),
  medianDays: z.number().nullable(),
  p90Days: z.number().nullable(),
  longestDays: z.number().nullable(),
  /** Issue 14 point 2: families that left the queue for help in the last 13 weeks. */
  leftInWindow: z.number().int(),
  /** What a family joining now can expect, in days, at that pace; null when nobody left. */
  expectedDays: z.number().int().nullable(),
});
export const waitingListResponse = z.object({
  today: isoDate,
  entries: z.array(waitingEntryDto),
  figures: z.array(waitingFiguresDto),
});
export type WaitingListResponse = z.infer<typeof waitingListResponse>;

// The coordinator's view of the team: caseload per worker, families to assign, R26 first steps.
export const workerCaseloadDto = z.object({
  person: personDto,
  families: z.number().int(),
  openTrajectories: z.record(z.enum(TRAJECTORY_KINDS), z.number().int()),
  overdue: z.number().int(),
  dueThisWeek: z.number().int(),
});
export type WorkerCaseloadDto = z.infer<typeof workerCaseloadDto>;
export const unassignedFamilyDto = z.object({
  familyId: z.uuid(),
  familyLabel: z.string().nullable(),
  referralId: z.uuid(),
  reference: z.string(),
  decidedOn: isoDate.nullable(),
  fundingLine: z.string(),
});
const stepFiguresDto = z.object({
  measured: z.number().int(),
  medianDays: z.number().nullable(),
  p90Days: z.number().nullable(),
  withinMonth: z.number().int(),
  overdue: z.number().int(),
  pending: z.number().int(),
});
export const firstStepsDto = z.object({
  from: isoDate,
  to: isoDate,
  referrals: z.number().int(),
  conversation: stepFiguresDto,
  plan: stepFiguresDto,
});
export type FirstStepsDto = z.infer<typeof firstStepsDto>;
export const caseloadResponse = z.object({
  today: isoDate,
  workers: z.array(workerCaseloadDto),
  unassigned: z.array(unassignedFamilyDto),
  firstSteps: firstStepsDto,
});
export type CaseloadResponse = z.infer<typeof caseloadResponse>;
export const caseloadQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });
