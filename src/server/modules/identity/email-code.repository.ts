// The only place that queries the e-mail code tables (ADR 051).
import { and, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { emailCodes, emailSecondFactors } from './email-code.schema';

export type EmailCodePurpose = 'signIn' | 'enrolment';

export async function hasEmailSecondFactor(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: emailSecondFactors.userId })
    .from(emailSecondFactors)
    .where(eq(emailSecondFactors.userId, userId));
  return Boolean(row);
}

export async function confirmEmailSecondFactor(db: Executor, userId: string, now: Date) {
  await db
    .insert(emailSecondFactors)
    .values({ userId, confirmedAt: now })
    .onConflictDoUpdate({ target: emailSecondFactors.userId, set: { confirmedAt: now } });
}

/** With the rest of the second factor (ADR 040): the mailbox is no longer trusted, live codes die. */
export async function forgetEmailSecondFactor(db: Executor, userId: string): Promise<boolean> {
  await db.delete(emailCodes).where(eq(emailCodes.userId, userId));
  const rows = await db
    .delete(emailSecondFactors)
    .where(eq(emailSecondFactors.userId, userId))
    .returning({ userId: emailSecondFactors.userId });
  return rows.length === 1;
}

/**
 * When the person's last code of this purpose was made, to throttle a new one. Per purpose: a
 * person who just proved their mailbox and signs in again at once is not told to wait.
 */
export async function lastEmailCodeAt(
  db: Executor,
  userId: string,
  purpose: EmailCodePurpose,
): Promise<Date | null> {
  const [row] = await db
    .select({ createdAt: emailCodes.createdAt })
    .from(emailCodes)
    .where(and(eq(emailCodes.userId, userId), eq(emailCodes.purpose, purpose)))
    .orderBy(desc(emailCodes.createdAt))
    .limit(1);
  return row?.createdAt ?? null;
}

/** A new code replaces every earlier one: only the last mail counts. */
export async function replaceEmailCode(db: Executor, values: typeof emailCodes.$inferInsert) {
  await db.delete(emailCodes).where(eq(emailCodes.userId, values.userId));
  await db.insert(emailCodes).values(values);
}

/** The live code of a purpose: not used, not expired, tries left. */
export async function findLiveEmailCode(
  db: Executor,
  userId: string,
  purpose: EmailCodePurpose,
  now: Date,
  maxAttempts: number,
) {
  const [row] = await db
    .select()
    .from(emailCodes)
    .where(
      and(
        eq(emailCodes.userId, userId),
        eq(emailCodes.purpose, purpose),
        isNull(emailCodes.usedAt),
        gt(emailCodes.expiresAt, now),
        lt(emailCodes.attempts, maxAttempts),
      ),
    );
  return row ?? null;
}

/**
 * Spends the code if `codeHash` is its hash and it is still live, atomically: two requests with
 * the same right code at once sign in once (the second finds `used_at` set).
 */
export async function spendEmailCode(
  db: Executor,
  id: string,
  codeHash: string,
  now: Date,
  maxAttempts: number,
) {
  const rows = await db
    .update(emailCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(emailCodes.id, id),
        eq(emailCodes.codeHash, codeHash),
        isNull(emailCodes.usedAt),
        gt(emailCodes.expiresAt, now),
        lt(emailCodes.attempts, maxAttempts),
      ),
    )
    .returning({ id: emailCodes.id });
  return rows.length === 1;
}

/** A wrong try on the code; answers the tries made so far. */
export async function countWrongEmailCode(db: Executor, id: string): Promise<number> {
  const [row] = await db
    .update(emailCodes)
    .set({ attempts: sql`${emailCodes.attempts} + 1` })
    .where(eq(emailCodes.id, id))
    .returning({ attempts: emailCodes.attempts });
  return row?.attempts ?? 0;
}
