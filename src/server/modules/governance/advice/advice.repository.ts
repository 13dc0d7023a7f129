import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/database';
import { findInTenant } from '../../../platform/db/tenant';
import { governanceAdviceRounds, governanceAdvices } from '../governance.schema';

export type AdviceRoundRow = typeof governanceAdviceRounds.$inferSelect;
export type AdviceRow = typeof governanceAdvices.$inferSelect;

export async function insertRound(db: Executor, values: typeof governanceAdviceRounds.$inferInsert) {
  const [row] = await db.insert(governanceAdviceRounds).values(values).returning();
  return row as AdviceRoundRow;
}

export function findRound(
  db: Executor,
  collaborationId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  return findInTenant(db, governanceAdviceRounds, collaborationId, id, options);
}

export async function listRounds(
  db: Executor,
  collaborationId: string,
  filter: { meetingId?: string; bodyIds?: string[] | null },
) {
  if (filter.bodyIds && filter.bodyIds.length === 0) return [];
  const conditions: (SQL | undefined)[] = [
    eq(governanceAdviceRounds.collaborationId, collaborationId),
    filter.meetingId ? eq(governanceAdviceRounds.meetingId, filter.meetingId) : undefined,
    filter.bodyIds ? inArray(governanceAdviceRounds.bodyId, filter.bodyIds) : undefined,
  ];
  return db
    .select()
    .from(governanceAdviceRounds)
    .where(and(...conditions))
    .orderBy(desc(governanceAdviceRounds.openedOn), asc(governanceAdviceRounds.createdAt));
}

export async function setRoundStatus(db: Executor, id: string, status: 'open' | 'decided') {
  await db.update(governanceAdviceRounds).set({ status }).where(eq(governanceAdviceRounds.id, id));
}

/** One advice per member and round: giving it again replaces it (while the round is open). */
export async function upsertAdvice(db: Executor, values: typeof governanceAdvices.$inferInsert) {
  const { roundId: _r, memberId: _m, collaborationId: _c, ...changes } = values;
  const [row] = await db
    .insert(governanceAdvices)
    .values(values)
    .onConflictDoUpdate({
      target: [governanceAdvices.roundId, governanceAdvices.memberId],
      set: { ...changes, updatedAt: sql`now()` },
    })
    .returning();
  return row as AdviceRow;
}

export async function listAdvices(db: Executor, roundIds: string[]) {
  if (roundIds.length === 0) return [];
  return db
    .select()
    .from(governanceAdvices)
    .where(inArray(governanceAdvices.roundId, roundIds))
    .orderBy(asc(governanceAdvices.givenOn));
}

export async function findAdvice(db: Executor, roundId: string, id: string) {
  const [row] = await db
    .select()
    .from(governanceAdvices)
    .where(and(eq(governanceAdvices.roundId, roundId), eq(governanceAdvices.id, id)));
  return row ?? null;
}

export async function updateAdvice(
  db: Executor,
  id: string,
  values: Partial<typeof governanceAdvices.$inferInsert>,
) {
  const [row] = await db
    .update(governanceAdvices)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(governanceAdvices.id, id))
    .returning();
  return row as AdviceRow;
}

/** The open advice rounds on one agenda item, locked so that no advice slips in meanwhile (R14). */
export async function listOpenRoundsOfItem(db: Executor, collaborationId: string, agendaItemId: string) {
  return db
    .select()
    .from(governanceAdviceRounds)
    .where(
      and(
        eq(governanceAdviceRounds.collaborationId, collaborationId),
        eq(governanceAdviceRounds.agendaItemId, agendaItemId),
        eq(governanceAdviceRounds.status, 'open'),
      ),
    )
    .for('update');
}
