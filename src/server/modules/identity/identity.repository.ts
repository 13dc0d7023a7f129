import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { collaborations, organisations } from '../network/network.schema';
import { sessions, users } from './identity.schema';

const userColumns = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  passwordHash: users.passwordHash,
  roles: users.roles,
  locale: users.locale,
  isActive: users.isActive,
  collaborationId: users.collaborationId,
  collaborationName: collaborations.name,
  organisationId: users.organisationId,
  organisationName: organisations.name,
  organisationKind: organisations.kind,
};

function selectUsers(db: Executor) {
  return db
    .select(userColumns)
    .from(users)
    .innerJoin(collaborations, eq(collaborations.id, users.collaborationId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId));
}

export type UserRecord = Awaited<ReturnType<typeof findUserByEmail>> & {};

export async function findUserByEmail(db: Executor, email: string) {
  const [row] = await selectUsers(db).where(eq(users.email, email.toLowerCase()));
  return row ?? null;
}

export async function findUserById(db: Executor, id: string) {
  const [row] = await selectUsers(db).where(eq(users.id, id));
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
