import type { AuditEventDto } from '../../../contracts/audit';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { listAuditTrail, recordAudit } from '../audit';
import { findReferral, referralsVisibleTo } from './intake.repository';

/** Who saw or changed what of a referral and its family, and when (coordinator only). */
export async function readReferralAuditTrail(db: Db, actor: Actor, id: string): Promise<AuditEventDto[]> {
  return db.transaction(async (tx) => {
    const row = await findReferral(tx, referralsVisibleTo(actor), id);
    if (!row) throw notFound();
    const trail = await listAuditTrail(tx, actor.collaborationId, {
      entityType: 'referral',
      entityId: row.id,
      familyId: row.familyId,
    });
    // Reading the trail is itself a read of the file, recorded after the list is taken.
    await recordAudit(tx, actor, {
      action: 'read',
      entityType: 'referral',
      entityId: row.id,
      familyId: row.familyId,
      details: { view: 'auditTrail' },
    });
    return trail;
  });
}
