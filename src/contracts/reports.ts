import { z } from 'zod';
import { figureDate, isoDate, token } from './common';

export const figuresQuery = z.object({
  from: figureDate.optional(),
  to: figureDate.optional(),
  fundingLine: token(50).optional(),
});
export type FiguresQuery = z.infer<typeof figuresQuery>;

// Counts are null where they were suppressed for readers outside the team (small counts).
const counts = z.record(z.string(), z.number().int().nullable());

/** With a line chosen: its money and quota use in the year of the period's end (R4 R6 R12). */
export const lineUseDto = z.object({
  year: z.number().int(),
  budgetCents: z.number().int(),
  startsCommittedCents: z.number().int().nullable(),
  committedCents: z.number().int(),
  spentCents: z.number().int(),
  leftCents: z.number().int(),
  started: z.number().int(),
  targetTrajectories: z.number().int().nullable(),
  capTrajectories: z.number().int().nullable(),
  overQuotaSignals: z.number().int(),
});
export type LineUseDto = z.infer<typeof lineUseDto>;

// Outside the team a total is hidden (null) too when it would give a hidden small count away.
const count = z.number().int().nullable();

export const figuresResponse = z.object({
  received: count,
  started: count,
  notStarted: count,
  waiting: count,
  open: count,
  notStartedByReason: counts,
  receivedByMonth: counts,
  byRegistrantKind: counts,
  byReferredThrough: counts,
  byPrimaryCareZone: counts,
  /** Names of the zones counted in byPrimaryCareZone, by code. */
  zoneNames: z.record(z.string(), z.string()),
  timeToAnswerDays: z.object({ median: z.number().nullable(), p90: z.number().nullable() }),
  overQuotaSignals: count,
  /** Only when the figures are of one line; figures frozen before it existed lack it. */
  lineUse: lineUseDto.optional(),
  suppressed: z.boolean(),
  period: z.object({ from: isoDate.nullable(), to: isoDate.nullable(), fundingLine: z.string().nullable() }),
});
export type FiguresResponse = z.infer<typeof figuresResponse>;

/** Issue 15: the same intake figures per collaboration, side by side; aggregates only, small counts suppressed. */
export const figuresAcrossQuery = figuresQuery.pick({ from: true, to: true });
export const figuresAcrossResponse = z.array(
  z.object({ collaboration: z.object({ id: z.uuid(), name: z.string() }), figures: figuresResponse }),
);
export type FiguresAcrossResponse = z.infer<typeof figuresAcrossResponse>;
