import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { findInTenant } from '../../platform/db/tenant';
import { coachMatches } from './coaching.schema';

export type CoachMatchRow = typeof coachMatches.$inferSelect;

/**
 * Matches of a collaboration are made one at a time: the limit of a coach and the suggestion
 * first come first served are then decided on what is really running.
 */
export async function lockCoachingDesk(db: Executor, collaborationId: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`coaching:${collaborationId}`}))`);
}

export function listRunningMatches(db: Executor, collaborationId: string) {
  return db
    .select()
    .from(coachMatches)
    .where(and(eq(coachMatches.collaborationId, collaborationId), isNull(coachMatches.endedOn)))
    .orderBy(asc(coachMatches.matchedOn), asc(coachMatches.createdAt));
}

export async function listMatchesOfFamilies(db: Executor, collaborationId: string, familyIds: string[]) {
  if (familyIds.length === 0) return [];
  return db
    .select()
    .from(coachMatches)
    .where(and(eq(coachMatches.collaborationId, collaborationId), inArray(coachMatches.familyId, familyIds)))
    .orderBy(asc(coachMatches.matchedOn));
}

export function findMatch(
  db: Executor,
  collaborationId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  return findInTenant(db, coachMatches, collaborationId, id, options);
}

export async function insertMatch(db: Executor, values: typeof coachMatches.$inferInsert) {
  const [row] = await db.insert(coachMatches).values(values).returning();
  return row as CoachMatchRow;
}

export async function updateMatch(
  db: Executor,
  id: string,
  values: Partial<typeof coachMatches.$inferInsert>,
) {
  const [row] = await db
    .update(coachMatches)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(coachMatches.id, id))
    .returning();
  return row as CoachMatchRow;
}

/** The matches still running of these families (ended ones are history). */
export async function listRunningMatchesOf(db: Executor, collaborationId: string, familyIds: string[]) {
  return db
    .select({ familyId: coachMatches.familyId, coachWorkerId: coachMatches.coachWorkerId })
    .from(coachMatches)
    .where(
      and(
        eq(coachMatches.collaborationId, collaborationId),
        inArray(coachMatches.familyId, familyIds),
        isNull(coachMatches.endedOn),
      ),
    );
}

/** Gives every match of one family to another (R17: the files merged). */
export async function moveMatchesToFamily(
  db: Executor,
  input: { collaborationId: string; fromId: string; intoId: string },
) {
  await db
    .update(coachMatches)
    .set({ familyId: input.intoId, updatedAt: sql`now()` })
    .where(
      and(eq(coachMatches.collaborationId, input.collaborationId), eq(coachMatches.familyId, input.fromId)),
    );
}

/** R30 (ADR 047): a destroyed file's matches stay for the coaches' history, without the reason words. */
export async function anonymiseMatchesOf(db: Executor, familyIds: string[]) {
  if (familyIds.length === 0) return 0;
  const rows = await db
    .update(coachMatches)
    .set({ choiceReason: null, updatedAt: sql`now()` })
    .where(inArray(coachMatches.familyId, familyIds))
    .returning({ id: coachMatches.id });
  return rows.length;
}
