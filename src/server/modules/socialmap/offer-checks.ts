import type { OfferInput } from '../../../contracts/socialmap';
import type { Executor } from '../../platform/db/database';
import { AppError, unprocessable } from '../../platform/http/app-error';
import { findOrganisation, getServedZones } from '../network';
import type { Partner } from './partners';

/**
 * An offer belongs to a partner of this collaboration and names only zones it serves: another
 * collaboration's partner does not exist here, and a zone outside the region is a typing error.
 */
export async function checkOffer(db: Executor, collaborationId: string, input: OfferInput): Promise<Partner> {
  const organisation = await findOrganisation(db, collaborationId, input.organisationId);
  if (!organisation) throw unprocessable('OFFER_ORGANISATION_UNKNOWN', 'organisationId');
  const partner = { name: organisation.name, isActive: organisation.isActive };
  if (input.zoneCodes.length === 0) return partner;
  const served = new Set((await getServedZones(db, collaborationId)).map((z) => z.code));
  const unknown = [...new Set(input.zoneCodes)].filter((code) => !served.has(code));
  if (unknown.length > 0)
    throw new AppError(422, 'ZONE_UNKNOWN', {
      details: [{ field: 'zoneCodes', code: 'ZONE_UNKNOWN', message: '' }],
      params: { zones: unknown.join(', ') },
    });
  return partner;
}
