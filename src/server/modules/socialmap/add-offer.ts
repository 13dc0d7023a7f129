import type { OfferDto, OfferInput } from '../../../contracts/socialmap';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { recordAudit } from '../audit';
import { checkOffer } from './offer-checks';
import { offerValues, toOfferDto } from './offer-view';
import { insertOffer } from './socialmap.repository';

/** Issue 14 point 1: the coordinator or administrator puts a partner's service on the social map. */
export async function addOffer(db: Db, actor: Actor, input: OfferInput): Promise<OfferDto> {
  return db.transaction(async (tx) => {
    const partner = await checkOffer(tx, actor.collaborationId, input);
    const row = await insertOffer(tx, actor.collaborationId, offerValues(input));
    await recordAudit(tx, actor, { action: 'create', entityType: 'offer', entityId: row.id });
    return toOfferDto(row, partner);
  });
}
