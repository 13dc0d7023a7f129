import { and, asc, desc, eq, inArray, or, SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { auditEvents } from './audit.schema';

export async function insertAuditEvents(db: Executor, values: (typeof auditEvents.$inferInsert)[]) {
  await db.insert(auditEvents).values(values);
}

/** The events of one subject, and of the family (and the files merged into it) when it has one. */
export async function listAuditEvents(
  db: Executor,
  collaborationId: string,
  subject: { entityType: string; entityId: string; familyIds: string[] },
) {
  const bySubject = and(
    eq(auditEvents.entityType, subject.entityType),
    eq(auditEvents.entityId, subject.entityId),
  );
  return db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.collaborationId, collaborationId),
        subject.familyIds.length > 0
          ? or(bySubject, inArray(auditEvents.familyId, subject.familyIds))
          : bySubject,
      ),
    )
    .orderBy(asc(auditEvents.at), asc(auditEvents.id));
}

/** The newest reads a family sees of its file ("who read our file"). */
const READS_SHOWN_TO_FAMILY = 200;

/**
 * Who read or printed a family's file, newest first: the audit trail of reads (issue 13). The
 * family's own portal reads (`details.portal`) are left out here; whose account read is the caller's.
 */
export async function listReadsOfFamily(db: Executor, collaborationId: string, familyIds: string[]) {
  if (familyIds.length === 0) return [];
  return db
    .select({
      actorUserId: auditEvents.actorUserId,
      actorDisplayName: auditEvents.actorDisplayName,
      at: auditEvents.at,
    })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.collaborationId, collaborationId),
        inArray(auditEvents.familyId, familyIds),
        inArray(auditEvents.action, ['read', 'print']),
        sql`not coalesce(${auditEvents.details} ? 'portal', false)`,
      ),
    )
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(READS_SHOWN_TO_FAMILY);
}

/**
 * The same audit rows as an INSERT to put inside the statement of the write itself, as a CTE
 * (ADR 041): the data and who wrote it in one round trip, still in one transaction. `details`
 * may be an SQL expression over the statement's other parts (a reference the write numbered).
 */
export function auditInsertOf(
  actor: Actor,
  // The entry's shape is record-audit's AuditEntry (not imported here: it imports this file).
  entries: {
    action: string;
    entityType: string;
    entityId: string;
    familyId?: string | null;
    details?: Record<string, unknown> | SQL;
  }[],
): SQL {
  const rows = entries.map(
    (e) =>
      sql`(${actor.collaborationId}::uuid, ${actor.userId}::uuid, ${actor.displayName}, ${e.action}, ${e.entityType},
        ${e.entityId}, ${e.familyId ?? null}::uuid,
        ${e.details instanceof SQL ? e.details : e.details ? JSON.stringify(e.details) : null}::jsonb)`,
  );
  return sql`insert into ${auditEvents} (collaboration_id, actor_user_id, actor_display_name, action,
    entity_type, entity_id, family_id, details) values ${sql.join(rows, sql`, `)}`;
}
