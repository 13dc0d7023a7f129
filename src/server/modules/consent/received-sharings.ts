// R29: what a partner organisation's people read of what was shared with their organisation. The
// live consents decide on every read: once a consent it rests on is withdrawn, the sharing stays
// in the list (the partner knows it had it) but its content is closed at once.
import type {
  ReceivedSharingDetailDto,
  ReceivedSharingDto,
  SharedContentDto,
} from '../../../contracts/consent';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { findSharingTo, listConsentsByIds, listSharingsTo, type SharingRow } from './consent.repository';
import { isSharingInForce } from './consent-view';

function toReceived(row: SharingRow, isConsentInForce: boolean): ReceivedSharingDto {
  return {
    id: row.id,
    purpose: row.purpose,
    scope: row.scope,
    sharedOn: row.sharedOn,
    sharedBy: row.sharedByName,
    isConsentInForce,
  };
}

export async function listReceivedSharings(db: Db, actor: Actor): Promise<ReceivedSharingDto[]> {
  if (!actor.organisationId) return [];
  const organisationId = actor.organisationId;
  const today = actor.clock.today();
  return db.transaction(async (tx) => {
    const rows = await listSharingsTo(tx, actor.collaborationId, organisationId);
    const consents = await listConsentsByIds(tx, [...new Set(rows.flatMap((r) => r.consentIds))]);
    await recordAudit(
      tx,
      actor,
      rows.map((r) => ({ action: 'list', entityType: 'sharing', entityId: r.id, familyId: r.familyId })),
    );
    return rows.map((r) => toReceived(r, isSharingInForce(r, consents, today)));
  });
}

export async function getReceivedSharing(
  db: Db,
  actor: Actor,
  id: string,
): Promise<ReceivedSharingDetailDto> {
  if (!actor.organisationId) throw notFound();
  const organisationId = actor.organisationId;
  const today = actor.clock.today();
  const outcome = await db.transaction(async (tx) => {
    const row = await findSharingTo(tx, actor.collaborationId, organisationId, id);
    if (!row) throw notFound();
    const consents = await listConsentsByIds(tx, row.consentIds);
    const inForce = isSharingInForce(row, consents, today);
    // The attempt is recorded too: the family's log shows who tried to read after a withdrawal.
    await recordAudit(tx, actor, {
      action: 'read',
      entityType: 'sharing',
      entityId: row.id,
      familyId: row.familyId,
      details: { consentInForce: inForce },
    });
    return { row, inForce };
  });
  if (!outcome.inForce) throw new AppError(403, 'SHARING_CONSENT_WITHDRAWN');
  return { ...toReceived(outcome.row, true), content: outcome.row.content as SharedContentDto };
}
