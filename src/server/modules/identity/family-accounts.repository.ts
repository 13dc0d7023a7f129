import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { familyAccounts } from './family-accounts.schema';
import { sessions, users } from './identity.schema';
import { invitations } from './invitations.schema';

export async function insertFamilyAccount(db: Executor, values: typeof familyAccounts.$inferInsert) {
  await db.insert(familyAccounts).values(values);
}

/**
 * R30 (ADR 047): the accounts of a destroyed file's members close for good — no address, no name,
 * no password, no session left; the link row stays (an id) so the audit trail's actor ids resolve
 * to "a family member".
 */
export async function closeFamilyAccountsOf(db: Executor, familyIds: string[]) {
  if (familyIds.length === 0) return 0;
  const accounts = await db
    .select({ userId: familyAccounts.userId })
    .from(familyAccounts)
    .where(inArray(familyAccounts.familyId, familyIds));
  const userIds = accounts.map((a) => a.userId);
  if (userIds.length === 0) return 0;
  await db.delete(sessions).where(inArray(sessions.userId, userIds));
  await db
    .update(users)
    .set({
      email: null,
      signInName: sql`'destroyed-' || ${users.id}::text`,
      displayName: 'Gezinslid',
      passwordHash: null,
      isActive: false,
    })
    .where(inArray(users.id, userIds));
  return userIds.length;
}

/** The family's own accounts (issue 13): whom of the family eenplan can mail. */
export async function listFamilyAccountUserIds(db: Executor, familyId: string) {
  const rows = await db
    .select({ userId: familyAccounts.userId })
    .from(familyAccounts)
    .where(eq(familyAccounts.familyId, familyId));
  return rows.map((r) => r.userId);
}

export async function findFamilyAccountOfMember(db: Executor, memberId: string) {
  const [row] = await db.select().from(familyAccounts).where(eq(familyAccounts.memberId, memberId));
  return row ?? null;
}

/** A family's accounts with their user and newest open invitation's deadline. */
export async function listFamilyAccountRows(
  db: Executor,
  collaborationId: string,
  familyId: string,
  userId?: string,
) {
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
    .select({ account: familyAccounts, user: users, invitationExpiresAt: openUntil.expiresAt })
    .from(familyAccounts)
    .innerJoin(users, eq(users.id, familyAccounts.userId))
    .leftJoin(openUntil, eq(openUntil.userId, users.id))
    .where(
      and(
        eq(familyAccounts.collaborationId, collaborationId),
        eq(familyAccounts.familyId, familyId),
        userId ? eq(familyAccounts.userId, userId) : undefined,
      ),
    )
    .orderBy(asc(familyAccounts.createdAt));
}

/** The account a family member signs in with, if they have one (the voice module mails it). */
export async function findAccountOfMember(db: Executor, collaborationId: string, memberId: string) {
  const [row] = await db
    .select({ userId: familyAccounts.userId })
    .from(familyAccounts)
    .where(and(eq(familyAccounts.collaborationId, collaborationId), eq(familyAccounts.memberId, memberId)));
  return row ?? null;
}
