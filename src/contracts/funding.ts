import { z } from 'zod';
import { BOOKING_STATUSES } from '../domain/line-money';
import { isoDate, requiredText, token } from './common';

export const fundingLineDto = z.object({
  code: z.string(),
  name: z.string(),
  answerTargetWorkingDays: z.number().int(),
  endsOn: isoDate.nullable(),
  isActive: z.boolean(),
});
export type FundingLineDto = z.infer<typeof fundingLineDto>;

const cents = z.number().int().min(0).max(100_000_000_000);
export const SPENDING_CATEGORIES = [
  'staffModules',
  'trajectories',
  'hours',
  'training',
  'coordination',
] as const;
export type SpendingCategory = (typeof SPENDING_CATEGORIES)[number];

export const lineYearParams = z.object({
  code: token(50),
  year: z.coerce.number().int().min(2000).max(2100),
});
export const lineParams = z.object({ code: token(50) });

export const lineYearInput = z.object({
  budgetCents: cents,
  targetTrajectories: z.number().int().min(0).max(100_000).nullable().optional(),
  capTrajectories: z.number().int().min(0).max(100_000).nullable().optional(),
  pricePerTrajectoryCents: cents.nullable().optional(),
  coordinationBudgetCents: cents.nullable().optional(),
  trainingBudgetCents: cents.nullable().optional(),
  countsAs: z.array(z.enum(SPENDING_CATEGORIES)).default([]),
});
export type LineYearInput = z.infer<typeof lineYearInput>;

export const spendingInput = z.object({
  year: z.number().int().min(2000).max(2100),
  category: z.enum(SPENDING_CATEGORIES),
  status: z.enum(BOOKING_STATUSES),
  amountCents: cents.min(1),
  bookedOn: isoDate,
  description: requiredText(500),
});
export type SpendingInput = z.infer<typeof spendingInput>;

export const pilotInput = z.object({
  name: requiredText(200),
  fundingLine: token(50),
  fromYear: z.number().int().min(2000).max(2100),
  amountCents: cents.min(1),
  startsOn: isoDate,
  endsOn: isoDate,
});
export type PilotInput = z.infer<typeof pilotInput>;

export const pilotDto = pilotInput.extend({ id: z.uuid() });

export const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

const money = z.object({ budgetCents: z.number().int(), spentCents: z.number().int() });

export const fundingLineOverviewDto = z.object({
  code: z.string(),
  name: z.string(),
  endsOn: isoDate.nullable(),
  /** R8: ends within three months. */
  isEndingSoon: z.boolean(),
  hasEnded: z.boolean(),
  // Committed, spent and left as domain/line-money defines them, the same in every view.
  budgetCents: z.number().int(),
  /** R6: what the year's starts commit at the line's price, paid or not; null without a price. */
  startsCommittedCents: z.number().int().nullable(),
  /** Promised, not yet paid: the larger of booked commitments and unpaid starts at the price. */
  committedCents: z.number().int(),
  spentCents: z.number().int(),
  /** Budget − spent − committed; after the year the residual money for pilots (R12). */
  leftCents: z.number().int(),
  pilotsCents: z.number().int(),
  started: z.number().int(),
  targetTrajectories: z.number().int().nullable(),
  capTrajectories: z.number().int().nullable(),
  pricePerTrajectoryCents: z.number().int().nullable(),
  /** What spending on this line counts as (the year's settings, so a form can show and keep them). */
  countsAs: z.array(z.enum(SPENDING_CATEGORIES)),
  overQuotaSignals: z.number().int(),
  spentByCategory: z.record(z.string(), z.number().int()),
  /** R7: the competence budget, coordination and training apart. */
  competence: z.object({ coordination: money, training: money }).nullable(),
  /** R5: the family-care line's care of the year in minutes, paid by the project or not. */
  careMinutes: z
    .object({ minutes: z.number().int(), projectMinutes: z.number().int(), otherMinutes: z.number().int() })
    .nullable(),
});
export type FundingLineOverviewDto = z.infer<typeof fundingLineOverviewDto>;

export const fundingOverviewResponse = z.object({
  year: z.number().int(),
  isYearClosed: z.boolean(),
  lines: z.array(fundingLineOverviewDto),
  pilots: z.array(pilotDto),
});
export type FundingOverviewResponse = z.infer<typeof fundingOverviewResponse>;

export const allocationQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  budgetCents: z.coerce.number().int().min(0).max(1_000_000_000_000),
});

export const allocationResponse = z.object({
  year: z.number().int(),
  budgetCents: z.number().int(),
  deprivationWeight: z.number(),
  zones: z.array(
    z.object({
      zoneCode: z.string(),
      zoneName: z.string(),
      populationUnder25: z.number().int(),
      deprivationIndex: z.number(),
      amountCents: z.number().int(),
      isServed: z.boolean(),
    }),
  ),
  /** R13: the collaboration's budget is the sum of the zones it serves. */
  collaborationBudgetCents: z.number().int(),
});
export type AllocationResponse = z.infer<typeof allocationResponse>;

// R6: the add-on trajectories per quarter, for the steering group.
export const quarterRowDto = z.object({
  quarter: z.number().int().min(1).max(4),
  started: z.number().int(),
  cumulative: z.number().int(),
  committedCents: z.number().int().nullable(),
  capLeft: z.number().int().nullable(),
  spentCents: z.number().int(),
});

export const quarterlyOverviewResponse = z.object({
  year: z.number().int(),
  lines: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      capTrajectories: z.number().int().nullable(),
      pricePerTrajectoryCents: z.number().int().nullable(),
      quarters: z.array(quarterRowDto),
      /** The whole year, as every other view reports it (domain/line-money). */
      year: z.object({
        started: z.number().int(),
        budgetCents: z.number().int(),
        startsCommittedCents: z.number().int().nullable(),
        committedCents: z.number().int(),
        spentCents: z.number().int(),
        leftCents: z.number().int(),
      }),
    }),
  ),
});
export type QuarterlyOverviewResponse = z.infer<typeof quarterlyOverviewResponse>;

// Bookings of a line in a year; a wrong one is cancelled with a reason, never deleted.
export const spendingEntryDto = z.object({
  id: z.uuid(),
  year: z.number().int(),
  category: z.enum(SPENDING_CATEGORIES),
  status: z.enum(BOOKING_STATUSES),
  amountCents: z.number().int(),
  bookedOn: isoDate,
  description: z.string(),
  bookedByName: z.string().nullable(),
  cancelled: z
    .object({ at: z.string(), byName: z.string().nullable(), reason: z.string().nullable() })
    .nullable(),
});
export type SpendingEntryDto = z.infer<typeof spendingEntryDto>;

export const spendingListQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const spendingParams = z.object({ code: token(50), id: z.uuid() });
export const cancelSpendingBody = z.object({ reason: requiredText(500) });
export type CancelSpendingBody = z.infer<typeof cancelSpendingBody>;
