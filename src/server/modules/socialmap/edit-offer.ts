import type { EditOfferInput, OfferDto } from '../../../contracts/socialmap';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { checkOffer } from './offer-checks';
import { offerValues, toOfferDto } from './offer-view';
import { type Partner, partnerOf, partnersOf } from './partners';
import { findOffer, type OfferRow, updateOffer } from './socialmap.repository';

/**
 * Changes an offer — its waiting time as the partner reports it, most often — from the version the
 * person started from (ADR 020); taking it off the map is `isActive: false`, never a delete.
 */
export async function editOffer(db: Db, actor: Actor, id: string, input: EditOfferInput): Promise<OfferDto> {
  const { baseVersion, isActive, ...fields } = input;
  return db.transaction(async (tx) => {
    const before = await findOffer(tx, actor.collaborationId, id);
    if (!before) throw notFound();
    const partner = await checkOffer(tx, actor.collaborationId, fields);
    const values = { ...offerValues(fields), ...(isActive === undefined ? {} : { isActive }) };
    const saved = await updateOffer(tx, actor.collaborationId, id, baseVersion, values);
    if (!saved)
      throw offerChanged(
        before,
        partnerOf(await partnersOf(tx, actor.collaborationId), before.organisationId),
      );
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'offer',
      entityId: id,
      details: { changed: changedFields(before, values) },
    });
    return toOfferDto(saved, partner);
  });
}

function changedFields(before: OfferRow, values: Record<string, unknown>): string[] {
  return Object.keys(values).filter(
    (k) => JSON.stringify(before[k as keyof OfferRow]) !== JSON.stringify(values[k]),
  );
}

function offerChanged(current: OfferRow, partner: Partner) {
  return new AppError(409, 'RECORD_CHANGED', {
    details: {
      record: 'offer',
      id: current.id,
      currentVersion: current.version,
      current: toOfferDto(current, partner),
    },
  });
}
