import { and, eq } from 'drizzle-orm';
import type { FamilyPrincipal } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { familyAccounts } from './family-accounts.schema';

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

/** The account a family member signs in with, if they have one (the voice module mails it). */
export async function findAccountOfMember(db: Executor, collaborationId: string, memberId: string) {
  const [row] = await db
    .select({ userId: familyAccounts.userId })
    .from(familyAccounts)
    .where(and(eq(familyAccounts.collaborationId, collaborationId), eq(familyAccounts.memberId, memberId)));
  return row ?? null;
}
