import { and, asc, eq, inArray, or } from 'drizzle-orm';
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
