import { z } from 'zod';
import { inviteBody } from './accounts';
import { requiredText } from './common';
import { ORGANISATION_KINDS, zoneCode, zoneDto } from './network';

// Issue 15 (ADR 054): the collaborations of one installation, made by the platform administrator.

export const collaborationDto = z.object({
  id: z.uuid(),
  name: z.string(),
  zones: z.array(zoneDto),
  /** The partner that carries the money (R4); null when none was named. */
  leadPartner: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.string(),
});
export type CollaborationDto = z.infer<typeof collaborationDto>;

export const createCollaborationBody = z.object({
  name: requiredText(200),
  /** A zone belongs to at most one collaboration of the installation: 409 ZONE_TAKEN otherwise. */
  zones: z.array(zoneCode).min(1).max(100),
  leadPartner: z.object({ name: requiredText(200), kind: z.enum(ORGANISATION_KINDS) }),
});
export type CreateCollaborationBody = z.infer<typeof createCollaborationBody>;

/** The first coordinator of a collaboration: always the coordinator role, no organisation. */
export const inviteCoordinatorBody = inviteBody.pick({ email: true, displayName: true, locale: true });
export type InviteCoordinatorBody = z.infer<typeof inviteCoordinatorBody>;

/** Every zone of the installation, with the collaboration that serves it: the zone picker. */
export const installationZoneDto = zoneDto.extend({
  collaboration: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type InstallationZoneDto = z.infer<typeof installationZoneDto>;
