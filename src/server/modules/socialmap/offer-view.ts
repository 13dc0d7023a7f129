import type { KnownWaitingDto, OfferDto, OfferInput } from '../../../contracts/socialmap';
import { waitingListKey } from '../../../domain/waiting-list';
import type { PartnerWaiting } from '../trajectories';
import type { Partner } from './partners';
import type { OfferRow, OfferValues } from './socialmap.repository';

const NONE: KnownWaitingDto = { families: 0, longestSince: null };

/** The waiting the system knows per partner, found by the partner's name as workers type it. */
export function waitingByPartnerName(waiting: PartnerWaiting[]): (name: string) => KnownWaitingDto {
  const byName = new Map(waiting.map((w) => [w.partner, w]));
  return (name) => {
    const found = byName.get(waitingListKey(name));
    return found ? { families: found.families, longestSince: found.longestSince } : NONE;
  };
}

export function toOfferDto(row: OfferRow, partner: Partner, knownWaiting: KnownWaitingDto = NONE): OfferDto {
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationName: partner.name,
    organisationActive: partner.isActive,
    service: row.service,
    targetGroup: row.targetGroup,
    ageFrom: row.ageFrom,
    ageTo: row.ageTo,
    zoneCodes: row.zoneCodes,
    howToRefer: row.howToRefer,
    contact: row.contact,
    reportedWaitWeeks: row.reportedWaitWeeks,
    waitReportedOn: row.waitReportedOn,
    isActive: row.isActive,
    version: row.version,
    knownWaiting,
  };
}

/** The fields as stored: empty text is no value, zones once each and sorted. */
export function offerValues(input: OfferInput): OfferValues {
  return {
    organisationId: input.organisationId,
    service: input.service,
    targetGroup: input.targetGroup || null,
    ageFrom: input.ageFrom ?? null,
    ageTo: input.ageTo ?? null,
    zoneCodes: [...new Set(input.zoneCodes)].sort(),
    howToRefer: input.howToRefer || null,
    contact: input.contact || null,
    reportedWaitWeeks: input.reportedWaitWeeks ?? null,
    waitReportedOn: input.waitReportedOn ?? null,
  };
}
