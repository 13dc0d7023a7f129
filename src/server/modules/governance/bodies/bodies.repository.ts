import { and, asc, eq, gte, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/database';
import { findInTenant } from '../../../platform/db/tenant';
import { governanceBodies, governanceBodyMembers } from '../governance.schema';

export type BodyRow = typeof governanceBodies.$inferSelect;
export type MemberRow = typeof governanceBodyMembers.$inferSelect;

export async function insertBody(db: Executor, values: typeof governanceBodies.$inferInsert) {
  const [row] = await db.insert(governanceBodies).values(values).returning();
  return row as BodyRow;
}

export async function updateBody(
  db: Executor,
  id: string,
  values: Partial<typeof governanceBodies.$inferInsert>,
) {
  const [row] = await db.update(governanceBodies).set(values).where(eq(governanceBodies.id, id)).returning();
  return row as BodyRow;
}

export function findBody(db: Executor, collaborationId: string, id: string) {
  return findInTenant(db, governanceBodies, collaborationId, id);
}

/** The collaboration's bodies; `bodyIds` null means all of them. */
export async function listBodies(db: Executor, collaborationId: string, bodyIds: string[] | null) {
  if (bodyIds && bodyIds.length === 0) return [];
  return db
    .select()
    .from(governanceBodies)
    .where(
      and(
        eq(governanceBodies.collaborationId, collaborationId),
        bodyIds ? inArray(governanceBodies.id, bodyIds) : undefined,
      ),
    )
    .orderBy(asc(governanceBodies.kind), asc(governanceBodies.name));
}

export async function insertMember(db: Executor, values: typeof governanceBodyMembers.$inferInsert) {
  const [row] = await db.insert(governanceBodyMembers).values(values).returning();
  return row as MemberRow;
}

export async function updateMember(
  db: Executor,
  id: string,
  values: Partial<typeof governanceBodyMembers.$inferInsert>,
) {
  const [row] = await db
    .update(governanceBodyMembers)
    .set(values)
    .where(eq(governanceBodyMembers.id, id))
    .returning();
  return row as MemberRow;
}

export async function findMember(db: Executor, collaborationId: string, bodyId: string, id: string) {
  const [row] = await db
    .select()
    .from(governanceBodyMembers)
    .where(
      and(
        eq(governanceBodyMembers.collaborationId, collaborationId),
        eq(governanceBodyMembers.bodyId, bodyId),
        eq(governanceBodyMembers.id, id),
      ),
    );
  return row ?? null;
}

export async function listMembers(db: Executor, collaborationId: string, bodyIds: string[]) {
  if (bodyIds.length === 0) return [];
  return db
    .select()
    .from(governanceBodyMembers)
    .where(
      and(
        eq(governanceBodyMembers.collaborationId, collaborationId),
        inArray(governanceBodyMembers.bodyId, bodyIds),
      ),
    )
    .orderBy(asc(governanceBodyMembers.fromDate), asc(governanceBodyMembers.name));
}

const runningOn = (day: string): SQL =>
  and(
    lte(governanceBodyMembers.fromDate, day),
    or(isNull(governanceBodyMembers.toDate), gte(governanceBodyMembers.toDate, day)),
  ) as SQL;

/** The bodies a person is a member (or the deputy of a member) of on a day. */
export async function bodyIdsOfUser(db: Executor, collaborationId: string, userId: string, day: string) {
  const rows = await db
    .selectDistinct({ bodyId: governanceBodyMembers.bodyId })
    .from(governanceBodyMembers)
    .where(
      and(
        eq(governanceBodyMembers.collaborationId, collaborationId),
        or(eq(governanceBodyMembers.userId, userId), eq(governanceBodyMembers.deputyUserId, userId)),
        runningOn(day),
      ),
    );
  return rows.map((r) => r.bodyId);
}
