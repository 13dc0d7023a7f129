import { and, arrayOverlaps, asc, eq, gt, inArray, lt, lte, sql } from 'drizzle-orm';
import type { Locale } from '../../../contracts/common';
import type { Role } from '../../../domain/roles';
import type { Executor } from '../../platform/db/database';
import { sessionPolicies, sessions, users } from './identity.schema';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './session-policy';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row ?? null;
}

/**
 * The account a sign-in names: an e-mail address, or a family member's sign-in name (ADR 044).
 * Both are stored in lower case, and a sign-in name never holds '@', so one cannot be the other.
 */
export async function findUserBySignIn(db: Executor, identifier: string): Promise<UserRow | null> {
  const key = identifier.trim().toLowerCase();
  const column = key.includes('@') ? users.email : users.signInName;
  const [row] = await db.select().from(users).where(eq(column, key));
  return row ?? null;
}

/** What a person signs in with, to show them: their address, or their sign-in name (ADR 044). */
export function signInIdOf(user: Pick<UserRow, 'email' | 'signInName'>): string {
  return user.email ?? user.signInName ?? '';
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ?? null;
}

export async function insertUser(db: Executor, values: typeof users.$inferInsert) {
  const [row] = await db
    .insert(users)
    .values({
      ...values,
      email: values.email?.toLowerCase() ?? null,
      signInName: values.signInName?.toLowerCase() ?? null,
    })
    .returning({ id: users.id });
  return row as { id: string };
}

export async function insertSession(db: Executor, values: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(values);
}

/** A session with the policy of its collaboration; whether it is still alive is the caller's call. */
export async function findSessionWithPolicy(db: Executor, id: string) {
  const [row] = await db
    .select({
      session: sessions,
      idleMinutes: sessionPolicies.idleMinutes,
      maxHours: sessionPolicies.maxHours,
    })
    .from(sessions)
    .leftJoin(sessionPolicies, eq(sessionPolicies.collaborationId, sessions.collaborationId))
    .where(eq(sessions.id, id));
  if (!row) return null;
  const policy: SessionPolicy =
    row.idleMinutes !== null && row.maxHours !== null
      ? { idleMinutes: row.idleMinutes, maxHours: row.maxHours }
      : DEFAULT_SESSION_POLICY;
  return { ...row.session, policy };
}

export async function findSessionPolicy(db: Executor, collaborationId: string): Promise<SessionPolicy> {
  const [row] = await db
    .select({ idleMinutes: sessionPolicies.idleMinutes, maxHours: sessionPolicies.maxHours })
    .from(sessionPolicies)
    .where(eq(sessionPolicies.collaborationId, collaborationId));
  return row ?? DEFAULT_SESSION_POLICY;
}

export async function upsertSessionPolicy(db: Executor, collaborationId: string, policy: SessionPolicy) {
  await db
    .insert(sessionPolicies)
    .values({ collaborationId, ...policy })
    .onConflictDoUpdate({
      target: sessionPolicies.collaborationId,
      set: { ...policy, updatedAt: sql`now()` },
    });
  // Keep the clean-up column of live sessions in step with the new policy.
  await db
    .update(sessions)
    .set({
      expiresAt: sql`least(${sessions.lastSeenAt} + make_interval(mins => ${policy.idleMinutes}), ${sessions.createdAt} + make_interval(hours => ${policy.maxHours}))`,
    })
    .where(eq(sessions.collaborationId, collaborationId));
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

// ── Lockout (ADR 018): one atomic UPDATE per attempt, so parallel guesses cannot pass the limit ──

/** A lock whose time is over is lifted, and its counter starts again. */
export async function releaseExpiredLock(db: Executor, userId: string, now: Date) {
  await db
    .update(users)
    .set({ failedSignIns: 0, lockedUntil: null })
    .where(and(eq(users.id, userId), lte(users.lockedUntil, now)));
}

/**
 * Counts an attempt *before* the password is checked. The row lock of the UPDATE serialises
 * parallel attempts on one account, and the WHERE refuses every attempt past the limit; the one
 * that reaches it sets the lock. Returns null when the account is locked.
 */
export async function claimSignInAttempt(
  db: Executor,
  userId: string,
  limit: number,
  lockedUntil: Date,
): Promise<{ failedSignIns: number; lockedUntil: Date | null } | null> {
  const [row] = await db
    .update(users)
    .set({
      failedSignIns: sql`${users.failedSignIns} + 1`,
      lockedUntil: sql`case when ${users.failedSignIns} + 1 >= ${limit} then ${lockedUntil.toISOString()}::timestamptz else ${users.lockedUntil} end`,
    })
    .where(and(eq(users.id, userId), lt(users.failedSignIns, limit)))
    .returning({ failedSignIns: users.failedSignIns, lockedUntil: users.lockedUntil });
  return row ?? null;
}

export async function listLockedUsers(db: Executor, collaborationId: string, now: Date) {
  return db
    .select({ id: users.id, displayName: users.displayName, lockedUntil: users.lockedUntil })
    .from(users)
    .where(and(eq(users.collaborationId, collaborationId), gt(users.lockedUntil, now)))
    .orderBy(asc(users.displayName));
}

/** A successful sign-in, or an unlock: the counter starts again. */
export async function resetSignInFailures(db: Executor, userId: string) {
  await db.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, userId));
}

export async function updateUserLocale(db: Executor, id: string, locale: Locale) {
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

export async function listUsersWithAnyRole(db: Executor, collaborationId: string, roles: Role[]) {
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
