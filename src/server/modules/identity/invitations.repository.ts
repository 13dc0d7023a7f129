import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Role } from '../../../domain/roles';
import type { Executor } from '../../platform/db/database';
import { sessions, users } from './identity.schema';
import { invitations } from './invitations.schema';

export type InvitationRow = typeof invitations.$inferSelect;

export async function insertInvitation(db: Executor, values: typeof invitations.$inferInsert) {
  await db.insert(invitations).values(values);
}

/** A newer invitation, or a deactivation, makes the older links useless. */
export async function revokeOpenInvitations(db: Executor, userId: string, now: Date) {
  await db
    .update(invitations)
    .set({ revokedAt: now })
    .where(and(eq(invitations.userId, userId), isNull(invitations.usedAt), isNull(invitations.revokedAt)));
}

/** The invitation of a token hash, locked until the transaction ends: a link is used once, even twice at once. */
export async function findInvitationForUpdate(db: Executor, tokenHash: string) {
  const [row] = await db.select().from(invitations).where(eq(invitations.tokenHash, tokenHash)).for('update');
  return row ?? null;
}

export async function findInvitation(db: Executor, tokenHash: string) {
  const [row] = await db.select().from(invitations).where(eq(invitations.tokenHash, tokenHash));
  return row ?? null;
}

export async function markInvitationUsed(db: Executor, id: string, now: Date) {
  await db.update(invitations).set({ usedAt: now }).where(eq(invitations.id, id));
}

/** The password chosen from an invitation: the account is (again) active and its lockout lifted. */
export async function setInvitedPassword(db: Executor, userId: string, passwordHash: string) {
  await db
    .update(users)
    .set({ passwordHash, isActive: true, failedSignIns: 0, lockedUntil: null })
    .where(eq(users.id, userId));
}

export async function insertInvitedUser(db: Executor, values: typeof users.$inferInsert) {
  const [row] = await db
    .insert(users)
    .values({ ...values, email: values.email?.toLowerCase() ?? null, passwordHash: null })
    .onConflictDoNothing({ target: users.email })
    .returning();
  return row ?? null;
}

export async function updateUserRoles(
  db: Executor,
  id: string,
  values: { roles: Role[]; organisationId: string | null },
) {
  await db.update(users).set(values).where(eq(users.id, id));
}

export async function setUserActive(db: Executor, id: string, isActive: boolean) {
  await db.update(users).set({ isActive }).where(eq(users.id, id));
}

/** Every session of the person ends at once (a deactivation): returns how many there were. */
export async function deleteSessionsOf(db: Executor, userId: string): Promise<number> {
  const ended = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return ended.length;
}

/** The collaboration's accounts with their newest open invitation's deadline, by name. */
export async function listAccounts(db: Executor, collaborationId: string, userId?: string) {
  const openUntil = db
    .select({
      userId: invitations.userId,
      expiresAt: sql<Date>`max(${invitations.expiresAt})`.as('expires_at'),
    })
    .from(invitations)
    .where(and(isNull(invitations.usedAt), isNull(invitations.revokedAt)))
    .groupBy(invitations.userId)
    .as('open_invitations');
  return db
    .select({ user: users, invitationExpiresAt: openUntil.expiresAt })
    .from(users)
    .leftJoin(openUntil, eq(openUntil.userId, users.id))
    .where(and(eq(users.collaborationId, collaborationId), userId ? eq(users.id, userId) : undefined))
    .orderBy(asc(users.displayName));
}
