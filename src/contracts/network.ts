import { z } from 'zod';
import { ORGANISATION_KINDS, type OrganisationKind } from '../domain/organisation-kinds';
import { baseVersion, optionalText, requiredText, token } from './common';

// The catalogue lives in the domain (issue 12); the contracts and the web import it from here too.
export { ORGANISATION_KINDS, type OrganisationKind };

/** Initiatives a family can come through without being an organisation (R9: NAFT). */
export const INITIATIVE_KINDS = ['naft', 'homeStart'] as const;
export const REFERRED_THROUGH_KINDS = [...ORGANISATION_KINDS, ...INITIATIVE_KINDS] as const;
export type ReferredThroughKind = (typeof REFERRED_THROUGH_KINDS)[number];

/** A primary-care zone's code as the official table writes it (elz57). */
export const zoneCode = token(20).regex(/^elz\d+$/, 'zone codes look like elz57');

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
  zones: z.array(zoneCode).max(100),
});
export const zonesResponse = z.object({ zones: z.array(zoneDto) });

export const importResponse = z.object({ imported: z.number().int() });

export const organisationDto = z.object({
  id: z.uuid(),
  kind: z.enum(ORGANISATION_KINDS),
  name: z.string(),
  role: z.string().nullable(),
  address: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  isActive: z.boolean(),
  version: z.number().int(),
});
export type OrganisationDto = z.infer<typeof organisationDto>;

/** A partner organisation as an administrator or coordinator adds it (issue 12). */
export const organisationInput = z.object({
  name: requiredText(200),
  kind: z.enum(ORGANISATION_KINDS),
  address: optionalText(500),
  contactName: optionalText(200),
  contactEmail: z.email().max(254).optional().nullable().or(z.literal('')),
  contactPhone: optionalText(50),
});
export type OrganisationInput = z.infer<typeof organisationInput>;
/** A change names the version it started from (ADR 020). */
export const editOrganisationInput = organisationInput.extend({ baseVersion });
export type EditOrganisationInput = z.infer<typeof editOrganisationInput>;
export const organisationVersionBody = z.object({ baseVersion });
