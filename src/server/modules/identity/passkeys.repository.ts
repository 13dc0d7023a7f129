// The only place that queries the passkey tables (ADR 040).
import { and, asc, eq, lt } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { passkeys, webauthnChallenges } from './passkeys.schema';

export type PasskeyRow = typeof passkeys.$inferSelect;
export type ChallengePurpose = (typeof webauthnChallenges.$inferSelect)['purpose'];

export async function listPasskeysOf(db: Executor, userId: string): Promise<PasskeyRow[]> {
  return db.select().from(passkeys).where(eq(passkeys.userId, userId)).orderBy(asc(passkeys.createdAt));
}

export async function hasPasskey(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: passkeys.id })
    .from(passkeys)
    .where(eq(passkeys.userId, userId))
    .limit(1);
  return Boolean(row);
}

export async function insertPasskey(db: Executor, values: typeof passkeys.$inferInsert): Promise<PasskeyRow> {
  const [row] = await db.insert(passkeys).values(values).onConflictDoNothing().returning();
  return row as PasskeyRow;
}

export async function findPasskeyOf(db: Executor, userId: string, credentialId: string) {
  const [row] = await db
    .select()
    .from(passkeys)
    .where(and(eq(passkeys.userId, userId), eq(passkeys.credentialId, credentialId)));
  return row ?? null;
}

/**
 * Moves the counter forward, atomically (ADR 040): only past the stored one, or 0 → 0 for an
 * authenticator that keeps no counter. A cloned key answering an old counter, or the same
 * assertion twice at once, is refused here.
 */
export async function advancePasskeyCounter(
  db: Executor,
  id: string,
  counter: number,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(passkeys)
    .set({ counter, lastUsedAt: now })
    .where(and(eq(passkeys.id, id), counter === 0 ? eq(passkeys.counter, 0) : lt(passkeys.counter, counter)))
    .returning({ id: passkeys.id });
  return rows.length === 1;
}

export async function deletePasskeyOf(db: Executor, userId: string, id: string) {
  const [row] = await db
    .delete(passkeys)
    .where(and(eq(passkeys.userId, userId), eq(passkeys.id, id)))
    .returning({ id: passkeys.id, name: passkeys.name });
  return row ?? null;
}

export async function deletePasskeysOf(db: Executor, userId: string): Promise<number> {
  const rows = await db.delete(passkeys).where(eq(passkeys.userId, userId)).returning({ id: passkeys.id });
  return rows.length;
}

// ── Challenges: one per session, replaced by the next, deleted when used ──
export async function saveChallenge(db: Executor, values: typeof webauthnChallenges.$inferInsert) {
  await db
    .insert(webauthnChallenges)
    .values(values)
    .onConflictDoUpdate({
      target: webauthnChallenges.sessionId,
      set: { purpose: values.purpose, challenge: values.challenge, expiresAt: values.expiresAt },
    });
}

/**
 * Takes the session's challenge: deleted whatever it was, so each is tried once; answered only
 * when it is of this purpose and has not expired.
 */
export async function takeChallenge(
  db: Executor,
  sessionId: string,
  purpose: ChallengePurpose,
  now: Date,
): Promise<string | null> {
  const [row] = await db
    .delete(webauthnChallenges)
    .where(eq(webauthnChallenges.sessionId, sessionId))
    .returning();
  return row && row.purpose === purpose && row.expiresAt > now ? row.challenge : null;
}
