import { eq } from 'drizzle-orm';
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
