// The only place that queries password resets, and that changes a password (ADR 037).
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { users } from './identity.schema';
import { passwordResets } from './second-factor.schema';

export async function insertPasswordReset(db: Executor, values: typeof passwordResets.$inferInsert) {
  await db.insert(passwordResets).values(values);
}

/**
 * Spends a reset token: one that exists, is unused and has not expired, atomically (two uses at
 * once: one wins). Answers whose password it resets, or null.
 */
export async function spendPasswordReset(db: Executor, id: string, now: Date): Promise<string | null> {
  const [row] = await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.id, id), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)))
    .returning({ userId: passwordResets.userId });
  return row?.userId ?? null;
}

/** Other links still out for the same person stop working once one was used. */
export async function deletePasswordResetsOf(db: Executor, userId: string) {
  await db.delete(passwordResets).where(eq(passwordResets.userId, userId));
}

export async function updatePasswordHash(db: Executor, userId: string, passwordHash: string) {
  await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
}
