import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { familyAccounts } from './family-accounts.schema';

export async function insertFamilyAccount(db: Executor, values: typeof familyAccounts.$inferInsert) {
  await db.insert(familyAccounts).values(values);
}
