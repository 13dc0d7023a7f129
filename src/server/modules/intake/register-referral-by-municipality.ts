import type { CreateReferralBody, RoutedReferralDto } from '../../../contracts/intake';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { inCollaboration } from '../../platform/db/tenant-context';
import { unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { findMunicipality, findZoneOwners } from '../network';
import { createReferral } from './create-referral';

/**
 * Issue 15, one referral door: a partner working in several regions registers a referral once and
 * the family's municipality decides which collaboration of the installation receives it (its zone,
 * R13). No collaboration serving it: 422 MUNICIPALITY_NOT_SERVED, naming the municipality.
 */
export async function registerReferralByMunicipality(
  db: Db,
  actor: Actor,
  input: CreateReferralBody,
): Promise<RoutedReferralDto> {
  const municipality = await findMunicipality(db, input.family.municipalityNis);
  if (!municipality) throw unprocessable('MUNICIPALITY_UNKNOWN', 'family.municipalityNis');
  const [owner] = await findZoneOwners(db, [municipality.primaryCareZone.code]);
  if (!owner)
    throw unprocessable('MUNICIPALITY_NOT_SERVED', 'family.municipalityNis', {
      municipality: municipality.name,
    });
  const collaboration = { id: owner.collaborationId, name: owner.collaborationName };
  if (owner.collaborationId === actor.collaborationId) {
    const referral = await createReferral(db, actor, input);
    return { id: referral.id, reference: referral.reference, collaboration, routed: false };
  }
  // A family of another collaboration is not the registrant's to name.
  if (input.family.linkToFamilyId) throw unprocessable('FAMILY_NOT_FOUND', 'family.linkToFamilyId');
  const referral = await inCollaboration(owner.collaborationId, () =>
    createReferral(db, routedRegistrant(actor, owner.collaborationId), input),
  );
  // Audited on both sides: the receiving trail (createReferral) and the registrant's own.
  await recordAudit(db, actor, {
    action: 'create',
    entityType: 'referral',
    entityId: referral.id,
    details: { reference: referral.reference, routedTo: owner.collaborationId },
  });
  return { id: referral.id, reference: referral.reference, collaboration, routed: true };
}

/**
 * The registrant as the receiving collaboration sees them: a person from outside, with none of
 * their own collaboration's roles or organisation there, so the referral goes to the intake desk
 * like any outside referral and the registrant is shown none of that collaboration's families.
 */
function routedRegistrant(actor: Actor, collaborationId: string): Actor {
  return { ...actor, collaborationId, roles: [], organisationId: null };
}
