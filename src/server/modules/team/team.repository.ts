import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { findInTenant } from '../../platform/db/tenant';
import { absences, typeModules, workers } from './team.schema';

export type WorkerRow = typeof workers.$inferSelect;

export function listWorkers(db: Executor, collaborationId: string) {
  return db
    .select()
    .from(workers)
    .where(eq(workers.collaborationId, collaborationId))
    .orderBy(asc(workers.displayName));
}

export function findWorker(db: Executor, collaborationId: string, id: string) {
  return findInTenant(db, workers, collaborationId, id);
}

export async function insertWorker(db: Executor, values: typeof workers.$inferInsert) {
  const [row] = await db.insert(workers).values(values).returning();
  return row as WorkerRow;
}

/** Saves a worker only if still at `baseVersion` (ADR 020); null when someone saved it meanwhile. */
export async function updateWorker(
  db: Executor,
  id: string,
  baseVersion: number,
  values: Partial<typeof workers.$inferInsert>,
) {
  const [row] = await db
    .update(workers)
    .set({ ...values, updatedAt: sql`now()`, version: sql`${workers.version} + 1` })
    .where(and(eq(workers.id, id), eq(workers.version, baseVersion)))
    .returning();
  return (row as WorkerRow | undefined) ?? null;
}

export function listAbsences(db: Executor, collaborationId: string) {
  return db
    .select()
    .from(absences)
    .where(eq(absences.collaborationId, collaborationId))
    .orderBy(asc(absences.startsOn));
}

export async function insertAbsence(db: Executor, values: typeof absences.$inferInsert) {
  const [row] = await db.insert(absences).values(values).returning();
  return row as typeof absences.$inferSelect;
}

export function listTypeModules(db: Executor, collaborationId: string) {
  return db
    .select()
    .from(typeModules)
    .where(eq(typeModules.collaborationId, collaborationId))
    .orderBy(asc(typeModules.name));
}

export function findTypeModule(db: Executor, collaborationId: string, id: string) {
  return findInTenant(db, typeModules, collaborationId, id);
}

export async function insertTypeModule(db: Executor, values: typeof typeModules.$inferInsert) {
  const [row] = await db.insert(typeModules).values(values).returning();
  return row as typeof typeModules.$inferSelect;
}

export async function updateTypeModule(
  db: Executor,
  id: string,
  values: Pick<typeof typeModules.$inferInsert, 'employerOrganisationId' | 'name' | 'fte'>,
) {
  const [row] = await db.update(typeModules).set(values).where(eq(typeModules.id, id)).returning();
  return row as typeof typeModules.$inferSelect;
}

/** Removes one absence of a worker of the collaboration; answers whether there was one. */
export async function deleteAbsence(db: Executor, collaborationId: string, workerId: string, id: string) {
  const rows = await db
    .delete(absences)
    .where(
      and(
        eq(absences.collaborationId, collaborationId),
        eq(absences.workerId, workerId),
        eq(absences.id, id),
      ),
    )
    .returning({ id: absences.id });
  return rows.length > 0;
}
