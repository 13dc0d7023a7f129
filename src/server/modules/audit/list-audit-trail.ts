import type { AuditEventDto } from '../../../contracts/audit';
import type { Executor } from '../../platform/db/database';
import { listAuditEvents } from './audit.repository';

/** The trail of one referral and of the family it belongs to, oldest first. */
export async function listAuditTrail(
  db: Executor,
  collaborationId: string,
  subject: { entityType: string; entityId: string; familyId?: string | null; mergedFamilyIds?: string[] },
): Promise<AuditEventDto[]> {
  const rows = await listAuditEvents(db, collaborationId, {
    entityType: subject.entityType,
    entityId: subject.entityId,
    familyIds: subject.familyId ? [subject.familyId, ...(subject.mergedFamilyIds ?? [])] : [],
  });
  return rows.map((r) => ({
    id: String(r.id),
    at: r.at.toISOString(),
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    actor: { id: r.actorUserId, displayName: r.actorDisplayName },
    details: r.details ?? null,
  }));
}
