import { z } from 'zod';
import { token } from './common';

/** Kinds of partner organisation (who registers, who a family came through). */
export const ORGANISATION_KINDS = [
  'clb',
  'caw',
  'cgg',
  'ckg',
  'ocmw',
  'huisVanHetKind',
  'police',
  'school',
  'gp',
  'familyCare',
  'crisisNetwork',
  'family',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Initiatives a family can come through without being an organisation (R9: NAFT). */
export const INITIATIVE_KINDS = ['naft', 'homeStart'] as const;
export const REFERRED_THROUGH_KINDS = [...ORGANISATION_KINDS, ...INITIATIVE_KINDS] as const;
export type ReferredThroughKind = (typeof REFERRED_THROUGH_KINDS)[number];

export const zoneDto = z.object({ code: z.string(), name: z.string() });
export type ZoneDto = z.infer<typeof zoneDto>;

export const municipalityDto = z.object({
  nisCode: z.string(),
  name: z.string(),
  primaryCareZone: zoneDto,
});
export type MunicipalityDto = z.infer<typeof municipalityDto>;

export const municipalityQuery = z.object({ q: token(100).optional() });

export const zonesBody = z.object({
  zones: z.array(z.string().regex(/^elz\d+$/, 'zone codes look like elz57')).max(100),
});
export const zonesResponse = z.object({ zones: z.array(zoneDto) });

export const importResponse = z.object({ imported: z.number().int() });

export const organisationDto = z.object({
  id: z.uuid(),
  kind: z.enum(ORGANISATION_KINDS),
  name: z.string(),
  role: z.string().nullable(),
});
export type OrganisationDto = z.infer<typeof organisationDto>;
