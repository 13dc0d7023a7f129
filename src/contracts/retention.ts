import { z } from 'zod';
import { INT4_MAX, isoDate } from './common';

// R30: how long a collaboration keeps its files, and what is due for destruction.

export const retentionSettingsDto = z.object({
  /** The age the youngest member reaches when the file is destroyed. */
  retentionAge: z.number().int(),
  /** 0 while the collaboration keeps the legal default (no save yet). */
  version: z.number().int(),
  defaultAge: z.number().int(),
  minAge: z.number().int(),
  maxAge: z.number().int(),
  updatedBy: z.string().nullable(),
});
export type RetentionSettingsDto = z.infer<typeof retentionSettingsDto>;

export const saveRetentionSettingsBody = z.object({
  retentionAge: z.number().int().min(0).max(200),
  baseVersion: z.number().int().min(0).max(INT4_MAX),
});
export type SaveRetentionSettingsBody = z.infer<typeof saveRetentionSettingsBody>;

export const RETENTION_LIST_STATES = ['due', 'held', 'dueSoon'] as const;

export const dueFileDto = z.object({
  familyId: z.uuid(),
  /** The family name(s) known, or null for a family known only by pseudonym or anonymous. */
  label: z.string().nullable(),
  pseudonym: z.string().nullable(),
  dueOn: isoDate,
  /** due: destroyed by the next daily run; held: due but a trajectory is open; dueSoon: within 90 days. */
  state: z.enum(RETENTION_LIST_STATES),
  /** The youngest member's birth date was unknown: reckoned from the day the member was recorded. */
  birthDateAssumed: z.boolean(),
});
export const dueFilesResponse = z.object({
  retentionAge: z.number().int(),
  noticeDays: z.number().int(),
  files: z.array(dueFileDto),
});
export type DueFilesResponse = z.infer<typeof dueFilesResponse>;
