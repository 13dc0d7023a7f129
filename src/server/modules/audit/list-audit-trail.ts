import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { AuditEventDto } from '../../../contracts/audit';
import type { Executor } from '../../platform/db/database';
import { auditEvents } from './audit.schema';

/** The trail of one referral and of the family it belongs to, oldest first. */
export async function listAuditTrail(
  db: Executor,
  collaborationId: string,
  subject: { entityType: string; entityId: string; familyId?: string | null; mergedFamilyIds?: string[] },
): Promise<AuditEventDto[]> {
  const bySubject = and(
    eq(auditEvents.entityType, subject.entityType),
    eq(auditEvents.entityId, subject.entityId),
  );
  const rows = await db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.collaborationId, collaborationId),
        subject.familyId
          ? or(
              bySubject,
              inArray(auditEvents.familyId, [subject.familyId, ...(subject.mergedFamilyIds ?? [])]),
            )
          : bySubject,
      ),
    )
    .orderBy(asc(auditEvents.at), asc(auditEvents.id));
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
