import { and, arrayOverlaps, asc, eq, gt, inArray, lt, lte, sql } from 'drizzle-orm';
import type { Locale } from '../../../contracts/common';
import type { Role } from '../../../domain/roles';
import type { Db, Executor } from '../../platform/db/database';
import { familyAccounts } from './family-accounts.schema';
import { sessionPolicies, sessions, users } from './identity.schema';
import { pendingSignIns } from './second-factor.schema';
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

// The session a request carries, with what resolving it needs in one round trip: its policy, a
// pending sign-in step and the person (never the password hash). Prepared under a name, so each
// pooled connection parses and plans it once and the ORM builds its SQL once (ADR 041).
function prepareSessionForRequest(db: Db) {
  return db
    .select({
      id: sessions.id,
      userId: sessions.userId,
      csrfToken: sessions.csrfToken,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      idleMinutes: sessionPolicies.idleMinutes,
      maxHours: sessionPolicies.maxHours,
      pendingStep: pendingSignIns.step,
      pendingExpiresAt: pendingSignIns.expiresAt,
      // A family member's own account (ADR 044): its family and member, null for a professional.
      familyId: familyAccounts.familyId,
      memberId: familyAccounts.memberId,
      user: {
        id: users.id,
        collaborationId: users.collaborationId,
        displayName: users.displayName,
        roles: users.roles,
        organisationId: users.organisationId,
        locale: users.locale,
        isActive: users.isActive,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(sessionPolicies, eq(sessionPolicies.collaborationId, sessions.collaborationId))
    .leftJoin(pendingSignIns, eq(pendingSignIns.sessionId, sessions.id))
    .leftJoin(familyAccounts, eq(familyAccounts.userId, sessions.userId))
    .where(eq(sessions.id, sql.placeholder('id')))
    .prepare('eenplan_session_for_request');
}

const sessionForRequestQueries = new WeakMap<Db, ReturnType<typeof prepareSessionForRequest>>();

/** A session with its policy, pending sign-in step and person; whether it lives is the caller's call. */
export async function findSessionForRequest(db: Db, id: string) {
  let query = sessionForRequestQueries.get(db);
  if (!query) {
    query = prepareSessionForRequest(db);
    sessionForRequestQueries.set(db, query);
  }
  const [row] = await query.execute({ id });
  if (!row) return null;
  const { idleMinutes, maxHours, pendingStep, pendingExpiresAt, familyId, memberId, user, ...session } = row;
  const family = familyId !== null && memberId !== null ? { familyId, memberId } : null;
  const policy: SessionPolicy =
    idleMinutes !== null && maxHours !== null ? { idleMinutes, maxHours } : DEFAULT_SESSION_POLICY;
  const pending =
    pendingStep !== null && pendingExpiresAt !== null
      ? { step: pendingStep, expiresAt: pendingExpiresAt }
      : null;
  return { ...session, policy, pending, family, user };
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

/** The active accounts of a partner organisation (issue 12 point 8: a to-do owned by it). */
export async function listActiveUsersOfOrganisation(
  db: Executor,
  collaborationId: string,
  organisationId: string,
) {
  return db
    .select()
    .from(users)
    .where(
      and(
        eq(users.collaborationId, collaborationId),
        eq(users.organisationId, organisationId),
        eq(users.isActive, true),
      ),
    )
    .orderBy(asc(users.displayName));
}
