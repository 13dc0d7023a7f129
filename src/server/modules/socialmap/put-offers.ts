import type { Executor } from '../../platform/db/database';
import type { OfferValues } from './socialmap.repository';
import { insertOffer } from './socialmap.repository';

/** Offers put on the map in one go, by the installation itself (a first run's example data). */
export async function putOffersOnMap(
  db: Executor,
  collaborationId: string,
  offers: OfferValues[],
): Promise<void> {
  for (const offer of offers) await insertOffer(db, collaborationId, offer);
}
