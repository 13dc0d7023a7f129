// The kinds of organisation a collaboration works with (issue 12 point 1). One catalogue: the
// registrant of a referral (R9), the partner a family came through and the partner
// organisations that workers, referrers, coaches and steering members belong to.

/** What a coordinator picks from when adding a partner organisation. */
export const PARTNER_ORGANISATION_KINDS = [
  'clb',
  'caw',
  'cgg',
  'ckg',
  // OCMW and the social house ("sociaal huis") of a municipality are one kind: the label says both.
  'ocmw',
  'huisVanHetKind',
  'school',
  'police',
  'gp',
  'familyCare',
  'volunteerOrganisation',
  // R29: the youth court's social services (sociale dienst jeugdrechtbank); nothing goes to them
  // without the consent of the competent minor and the parents (domain/consent.ts).
  'youthCourtService',
  'other',
] as const;

/**
 * Every kind an organisation or registrant can be: the partner kinds, and two that register
 * without being a partner (a crisis network's consult, the family itself).
 */
export const ORGANISATION_KINDS = [...PARTNER_ORGANISATION_KINDS, 'crisisNetwork', 'family'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** R29: the kinds that are youth-court services. */
export function isYouthCourtService(kind: OrganisationKind): boolean {
  return kind === 'youthCourtService';
}
