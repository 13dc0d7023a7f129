import type { SocialMapDto, SocialMapQuery } from '../../../contracts/socialmap';
import { can } from '../../../domain/roles';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { waitingPerPartner } from '../trajectories';
import { toOfferDto, waitingByPartnerName } from './offer-view';
import { partnerOf, partnersOf } from './partners';
import { searchOffers } from './socialmap.repository';

/**
 * Issue 14 point 1: a worker looks for follow-up care or a hand-over. Each offer carries what the
 * partner reports beside what the system knows (R18): how many families wait on its list in
 * bridging help, since when. Those are counts within the team; no family is named.
 */
export async function searchSocialMap(db: Db, actor: Actor, query: SocialMapQuery): Promise<SocialMapDto> {
  const includeInactive = query.includeInactive === 'true' && can(actor.roles, 'organisation:manage');
  const partners = await partnersOf(db, actor.collaborationId);
  const words = query.q?.trim().toLowerCase();
  const ids = [...partners.keys()];
  const [offers, waiting] = await Promise.all([
    searchOffers(db, actor.collaborationId, {
      q: words,
      organisationsNamed: words
        ? ids.filter((id) => partnerOf(partners, id).name.toLowerCase().includes(words))
        : [],
      // A partner that stopped takes its offers off the map with it.
      organisationIds: includeInactive ? undefined : ids.filter((id) => partnerOf(partners, id).isActive),
      age: query.age,
      zone: query.zone,
      includeInactive,
    }),
    waitingPerPartner(db, actor.collaborationId),
  ]);
  const knownWaiting = waitingByPartnerName(waiting);
  return {
    offers: offers
      .map((o) => {
        const partner = partnerOf(partners, o.organisationId);
        return toOfferDto(o, partner, knownWaiting(partner.name));
      })
      .sort(
        (a, b) =>
          a.organisationName.localeCompare(b.organisationName, 'nl') ||
          a.service.localeCompare(b.service, 'nl'),
      ),
  };
}
