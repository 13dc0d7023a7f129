import type { CreateReferralBody, ReferralDto } from '../../../contracts/intake';
import { isLineOpenOn } from '../../../domain/funding-line';
import { yearOf } from '../../../domain/line-starts';
import { isOutsideRegion } from '../../../domain/referral-decision';
import { can } from '../../../domain/roles';
import type { Actor } from '../../platform/auth/actor';
import type { Db, Executor } from '../../platform/db/database';
import { AppError, unprocessable } from '../../platform/http/app-error';
import { auditInsertOf } from '../audit';
import { addMembersToFamily, createFamily, findFamily } from '../families';
import { insertNumberedReferral } from './intake.repository';
import { checkReferralOnLine } from './line-rules';
import { possibleDuplicatesFor } from './possible-duplicates';
import { toReferralDetail } from './referral-view';
import { findRegistrationContext } from './registration-context.repository';

export async function createReferral(db: Db, actor: Actor, input: CreateReferralBody): Promise<ReferralDto> {
  const today = actor.clock.today();
  const receivedOn = input.receivedOn ?? today;
  if (receivedOn > today) throw unprocessable('REFERRAL_RECEIVED_IN_FUTURE', 'receivedOn');
  if (!input.consentToRefer) throw unprocessable('CONSENT_TO_REFER_REQUIRED', 'consentToRefer');
  const isDesk = can(actor.roles, 'referral:decide');
  if (input.family.linkToFamilyId && !isDesk) throw new AppError(403, 'FORBIDDEN');

  return db.transaction(async (tx) => {
    // Every fact the rules below need, in one round trip (ADR 041).
    const context = await findRegistrationContext(tx, {
      collaborationId: actor.collaborationId,
      lineCode: input.fundingLine,
      municipalityNis: input.family.municipalityNis,
      year: yearOf(receivedOn),
    });
    const { line, municipality } = context;
    if (!line) throw unprocessable('FUNDING_LINE_UNKNOWN', 'fundingLine');
    if (!isLineOpenOn(line, receivedOn)) throw unprocessable('FUNDING_LINE_ENDED', 'fundingLine'); // R8
    if (!municipality) throw unprocessable('MUNICIPALITY_UNKNOWN', 'family.municipalityNis');
    const { overQuota } = checkReferralOnLine(line, { receivedOn, members: input.family.members }, context);

    const { familyId, duplicates, members } = await familyFor(tx, actor, input);
    const linked = Boolean(input.family.linkToFamilyId);
    const row = await insertNumberedReferral(
      tx,
      {
        collaborationId: actor.collaborationId,
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
        isOutsideRegion: isOutsideRegion(municipality.primaryCareZone.code, context.servedZones),
        requestForHelp: input.requestForHelp,
        consentToRefer: input.consentToRefer,
        duplicateReview: linked ? 'linked' : duplicates.length > 0 ? 'pending' : 'none',
        overQuota,
        createdBy: actor.userId,
      },
      // The audit rows in the referral's own statement: written together or not at all.
      (referral) =>
        auditInsertOf(actor, [
          {
            action: 'create',
            entityType: 'referral',
            entityId: referral.id,
            familyId,
            details: referral.details,
          },
          ...(linked
            ? [{ action: 'link' as const, entityType: 'referral' as const, entityId: referral.id, familyId }]
            : []),
        ]),
    );
    // Only the intake desk sees other families; a partner's referral is reviewed by the desk.
    // A new family's view is known from what was just written; a linked file's is read.
    const known = members && {
      lines: new Map([[line.id, line]]),
      municipalities: new Map([[municipality.nisCode, municipality]]),
      membersByFamily: new Map([[familyId, members]]),
      families: new Map([
        [
          familyId,
          {
            id: familyId,
            pseudonym: input.family.pseudonym || null,
            identifiedAt: null,
            identifiedByName: null,
          },
        ],
      ]),
    };
    return toReferralDetail(tx, row, isDesk ? duplicates : [], today, known ?? undefined);
  });
}

async function familyFor(tx: Executor, actor: Actor, input: CreateReferralBody) {
  const { municipalityNis, members, linkToFamilyId } = input.family;
  if (linkToFamilyId) {
    const family = await findFamily(tx, actor.collaborationId, linkToFamilyId);
    if (!family) throw unprocessable('FAMILY_NOT_FOUND', 'family.linkToFamilyId');
    await addMembersToFamily(tx, { collaborationId: actor.collaborationId, familyId: family.id, members });
    return { familyId: family.id, duplicates: [], members: null };
  }
  const duplicates = await possibleDuplicatesFor(tx, actor, { municipalityNis, members });
  const family = await createFamily(tx, {
    collaborationId: actor.collaborationId,
    municipalityNis,
    members,
    pseudonym: input.family.pseudonym,
  });
  return { familyId: family.id, duplicates, members: family.members };
}
