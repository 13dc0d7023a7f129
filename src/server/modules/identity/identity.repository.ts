import { and, arrayOverlaps, asc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { sessions, users } from './identity.schema';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row ?? null;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ?? null;
}

export async function insertUser(db: Executor, values: typeof users.$inferInsert) {
  const [row] = await db
    .insert(users)
    .values({ ...values, email: values.email.toLowerCase() })
    .returning({ id: users.id });
  return row as { id: string };
}

export async function insertSession(db: Executor, values: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(values);
}

export async function findLiveSession(db: Executor, id: string, now: Date) {
  const [row] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)));
  return row ?? null;
}

export async function touchSession(db: Executor, id: string, now: Date, expiresAt: Date) {
  await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.id, id));
}

export async function deleteSession(db: Executor, id: string) {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteExpiredSessions(db: Executor, now: Date) {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export async function updateUserLocale(db: Executor, id: string, locale: string) {
  await db.update(users).set({ locale }).where(eq(users.id, id));
}

export async function countUsers(db: Executor): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

export async function isUserOfCollaboration(
  db: Executor,
  collaborationId: string,
  userId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.collaborationId, collaborationId)));
  return Boolean(row);
}

export async function listActiveUsers(db: Executor, collaborationId: string, ids?: string[]) {
  return db
    .select({ userId: users.id, displayName: users.displayName, organisationId: users.organisationId })
    .from(users)
    .where(
      and(
        eq(users.collaborationId, collaborationId),
        eq(users.isActive, true),
        ids ? inArray(users.id, ids) : undefined,
      ),
    )
    .orderBy(asc(users.displayName));
}

// ── People of a collaboration, for assignments and "whom to ask" (the family's journey) ──
export async function findUsersByIds(
  db: Executor,
  collaborationId: string,
  ids: string[],
): Promise<UserRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(users)
    .where(and(eq(users.collaborationId, collaborationId), inArray(users.id, ids)));
}

export async function listUsersWithAnyRole(db: Executor, collaborationId: string, roles: string[]) {
  return db
    .select()
    .from(users)
    .where(
      and(
        eq(users.collaborationId, collaborationId),
        eq(users.isActive, true),
        arrayOverlaps(users.roles, roles),
      ),
    )
    .orderBy(asc(users.displayName));
}
