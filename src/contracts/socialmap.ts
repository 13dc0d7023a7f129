import { z } from 'zod';
import { baseVersion, isoDate, optionalText, requiredText, token } from './common';
import { zoneCode } from './network';

// Issue 14 point 1 (seed 003 §5.2.1): the social map — what partner organisations offer, searched by
// a worker who looks for follow-up care or a hand-over.

const age = z.number().int().min(0).max(120);

/** An offer as the coordinator or administrator records it. */
export const offerInput = z
  .object({
    organisationId: z.uuid(),
    service: requiredText(200),
    targetGroup: optionalText(500),
    ageFrom: age.optional().nullable(),
    ageTo: age.optional().nullable(),
    zoneCodes: z.array(zoneCode).max(100).default([]),
    howToRefer: optionalText(2000),
    contact: optionalText(500),
    /** The waiting time the partner reports, in weeks (0: no waiting). */
    reportedWaitWeeks: z.number().int().min(0).max(520).optional().nullable(),
    waitReportedOn: isoDate.optional().nullable(),
  })
  .refine((o) => o.ageFrom == null || o.ageTo == null || o.ageFrom <= o.ageTo, {
    path: ['ageTo'],
    params: { problem: 'numberRange' },
  });
export type OfferInput = z.infer<typeof offerInput>;

export const editOfferInput = z.object({ baseVersion, isActive: z.boolean().optional() }).and(offerInput);
export type EditOfferInput = z.infer<typeof editOfferInput>;

/** What the system itself knows of waiting for this partner (R18): families in bridging help waiting for it. */
export const knownWaitingDto = z.object({
  families: z.number().int(),
  /** The longest wait, from the day the oldest family started waiting. */
  longestSince: z.string().nullable(),
});
export type KnownWaitingDto = z.infer<typeof knownWaitingDto>;

export const offerDto = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  organisationActive: z.boolean(),
  service: z.string(),
  targetGroup: z.string().nullable(),
  ageFrom: z.number().int().nullable(),
  ageTo: z.number().int().nullable(),
  zoneCodes: z.array(z.string()),
  howToRefer: z.string().nullable(),
  contact: z.string().nullable(),
  reportedWaitWeeks: z.number().int().nullable(),
  waitReportedOn: z.string().nullable(),
  isActive: z.boolean(),
  version: z.number().int(),
  knownWaiting: knownWaitingDto,
});
export type OfferDto = z.infer<typeof offerDto>;

export const socialMapQuery = z.object({
  q: token(200).optional(),
  age: z.coerce.number().int().min(0).max(120).optional(),
  zone: zoneCode.optional(),
  /** The coordinator also sees offers taken off the map. */
  includeInactive: z.enum(['true', 'false']).optional(),
});
export type SocialMapQuery = z.infer<typeof socialMapQuery>;

export const socialMapDto = z.object({ offers: z.array(offerDto) });
export type SocialMapDto = z.infer<typeof socialMapDto>;
