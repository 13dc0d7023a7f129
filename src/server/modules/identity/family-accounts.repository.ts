import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { FamilyPrincipal } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { familyAccounts } from './family-accounts.schema';
import { users } from './identity.schema';
import { invitations } from './invitations.schema';

/** The family and member a user's account belongs to, or null for a professional (ADR 044). */
export async function findFamilyPrincipal(db: Executor, userId: string): Promise<FamilyPrincipal | null> {
  const [row] = await db
    .select({ familyId: familyAccounts.familyId, memberId: familyAccounts.memberId })
    .from(familyAccounts)
    .where(eq(familyAccounts.userId, userId));
  return row ?? null;
}

export async function insertFamilyAccount(db: Executor, values: typeof familyAccounts.$inferInsert) {
  await db.insert(familyAccounts).values(values);
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
