import { eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { familyAccounts } from './family-accounts.schema';
import { sessions, users } from './identity.schema';

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
