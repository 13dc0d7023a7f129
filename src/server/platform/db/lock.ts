import { sql } from 'drizzle-orm';
import type { Executor } from './database';

/**
 * Takes a transaction-scoped advisory lock on `key`: a second transaction asking for the same key
 * waits until the first commits or rolls back, so two users never both act "first" on one thing.
 * Outside a transaction it would be released at once: call it with the transaction that acts.
 */
export async function lockFor(tx: Executor, key: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}
