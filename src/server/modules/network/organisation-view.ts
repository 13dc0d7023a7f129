import type { OrganisationDto } from '../../../contracts/network';
import type { OrganisationRow } from './network.repository';

export function toOrganisationDto(row: OrganisationRow): OrganisationDto {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    role: row.role,
    address: row.address,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    isActive: row.isActive,
    version: row.version,
  };
}

/** The fields as stored: empty text is no value. */
export function organisationValues(input: {
  name: string;
  kind: OrganisationDto['kind'];
  address?: string | null;
  contactName?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
}) {
  return {
    name: input.name,
    kind: input.kind,
    address: input.address || null,
    contactName: input.contactName || null,
    contactEmail: input.contactEmail ? input.contactEmail.toLowerCase() : null,
    contactPhone: input.contactPhone || null,
  };
}
