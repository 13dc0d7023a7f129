import type { CreateReferralBody, ReferralDto } from '../../../contracts/intake';
import { isLineOpenOn } from '../../../domain/funding-line';
import { isOutsideRegion } from '../../../domain/referral-decision';
import { can } from '../../../domain/roles';
import type { Actor } from '../../platform/auth/actor';
import type { Db, Executor } from '../../platform/db/database';
import { AppError, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { addMembersToFamily, createFamily, findFamily } from '../families';
import { findFundingLineByCode } from '../funding';
import { findMunicipality, getServedZones } from '../network';
import { insertReferral, nextReference } from './intake.repository';
import { checkReferralOnLine } from './line-rules';
import { possibleDuplicatesFor } from './possible-duplicates';
import { toReferralDetail } from './referral-view';

export async function createReferral(db: Db, actor: Actor, input: CreateReferralBody): Promise<ReferralDto> {
  const today = actor.clock.today();
  const receivedOn = input.receivedOn ?? today;
  if (receivedOn > today) throw unprocessable('REFERRAL_RECEIVED_IN_FUTURE', 'receivedOn');
  if (!input.consentToRefer) throw unprocessable('CONSENT_TO_REFER_REQUIRED', 'consentToRefer');
  const isDesk = can(actor.roles, 'referral:decide');
  if (input.family.linkToFamilyId && !isDesk) throw new AppError(403, 'FORBIDDEN');

  return db.transaction(async (tx) => {
    const line = await findFundingLineByCode(tx, actor.collaborationId, input.fundingLine);
    if (!line) throw unprocessable('FUNDING_LINE_UNKNOWN', 'fundingLine');
    if (!isLineOpenOn(line, receivedOn)) throw unprocessable('FUNDING_LINE_ENDED', 'fundingLine'); // R8
    const municipality = await findMunicipality(tx, input.family.municipalityNis);
    if (!municipality) throw unprocessable('MUNICIPALITY_UNKNOWN', 'family.municipalityNis');
    const servedZones = (await getServedZones(tx, actor.collaborationId)).map((z) => z.code);
    const { overQuota } = await checkReferralOnLine(tx, actor, line, {
      receivedOn,
      members: input.family.members,
    });

    const { familyId, duplicates } = await familyFor(tx, actor, input);
    const row = await insertReferral(tx, {
      collaborationId: actor.collaborationId,
      reference: await nextReference(tx, actor.collaborationId, receivedOn.slice(0, 4)),
      receivedOn,
      fundingLineId: line.id,
      registrantOrganisationKind: input.registrant.organisationKind,
      registrantOrganisationName: input.registrant.organisationName,
      registrantContactName: input.registrant.contactName || null,
      registrantContactEmail: input.registrant.contactEmail || null,
      registrantContactPhone: input.registrant.contactPhone || null,
      registrantOrganisationId: actor.roles.includes('partnerReferrer') ? actor.organisationId : null,
      referredThroughKind: input.referredThrough?.kind ?? null,
      referredThroughName: input.referredThrough?.name || null,
      familyId,
      municipalityNis: municipality.nisCode,
      primaryCareZoneCode: municipality.primaryCareZone.code,
      isOutsideRegion: isOutsideRegion(municipality.primaryCareZone.code, servedZones),
      requestForHelp: input.requestForHelp,
      consentToRefer: input.consentToRefer,
      duplicateReview: input.family.linkToFamilyId ? 'linked' : duplicates.length > 0 ? 'pending' : 'none',
      overQuota,
      createdBy: actor.userId,
    });
    await recordAudit(tx, actor, [
      {
        action: 'create',
        entityType: 'referral',
        entityId: row.id,
        familyId,
        details: { reference: row.reference },
      },
      ...(input.family.linkToFamilyId
        ? [{ action: 'link' as const, entityType: 'referral' as const, entityId: row.id, familyId }]
        : []),
    ]);
    // Only the intake desk sees other families; a partner's referral is reviewed by the desk.
    return toReferralDetail(tx, row, isDesk ? duplicates : [], today);
  });
}

async function familyFor(tx: Executor, actor: Actor, input: CreateReferralBody) {
  const { municipalityNis, members, linkToFamilyId } = input.family;
  if (linkToFamilyId) {
    const family = await findFamily(tx, actor.collaborationId, linkToFamilyId);
    if (!family) throw unprocessable('FAMILY_NOT_FOUND', 'family.linkToFamilyId');
    await addMembersToFamily(tx, { collaborationId: actor.collaborationId, familyId: family.id, members });
    return { familyId: family.id, duplicates: [] };
  }
  const duplicates = await possibleDuplicatesFor(tx, actor, { municipalityNis, members });
  const family = await createFamily(tx, {
    collaborationId: actor.collaborationId,
    municipalityNis,
    members,
    pseudonym: input.family.pseudonym,
  });
  return { familyId: family.id, duplicates };
}
