import { and, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { assignmentDecisions } from './assignment.schema';

export type AssignmentDecisionRow = typeof assignmentDecisions.$inferSelect;

export async function insertAssignmentDecision(
  db: Executor,
  values: typeof assignmentDecisions.$inferInsert,
) {
  const [row] = await db.insert(assignmentDecisions).values(values).returning();
  return row as AssignmentDecisionRow;
}

/** R10 decisions of one family, or of the collaboration within a period, newest first. */
export function listAssignmentDecisions(
  db: Executor,
  collaborationId: string,
  filter: { familyId?: string; from?: string; to?: string },
) {
  return db
    .select()
    .from(assignmentDecisions)
    .where(
      and(
        eq(assignmentDecisions.collaborationId, collaborationId),
        filter.familyId ? eq(assignmentDecisions.familyId, filter.familyId) : undefined,
        filter.from ? gte(assignmentDecisions.decidedOn, filter.from) : undefined,
        filter.to ? lte(assignmentDecisions.decidedOn, filter.to) : undefined,
      ),
    )
    .orderBy(desc(assignmentDecisions.decidedOn), desc(assignmentDecisions.createdAt));
}

/** Gives the decisions recorded for one family to another (R17: the files merged). */
export async function moveDecisionsToFamily(
  db: Executor,
  input: { collaborationId: string; fromId: string; intoId: string },
) {
  await db
    .update(assignmentDecisions)
    .set({ familyId: input.intoId })
    .where(
      and(
        eq(assignmentDecisions.collaborationId, input.collaborationId),
        eq(assignmentDecisions.familyId, input.fromId),
      ),
    );
}

/** R30 (ADR 047): a destroyed file's assignment decisions stay (R10 history), without the reason words. */
export async function anonymiseDecisionsOf(db: Executor, familyIds: string[]) {
  if (familyIds.length === 0) return 0;
  const rows = await db
    .update(assignmentDecisions)
    .set({ overrideReason: null })
    .where(inArray(assignmentDecisions.familyId, familyIds))
    .returning({ id: assignmentDecisions.id });
  return rows.length;
}
