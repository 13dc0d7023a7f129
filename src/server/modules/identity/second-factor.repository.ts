// The only place that queries the second-factor tables (ADR 036, 037).
import { and, desc, eq, gt, isNotNull, isNull, lt, ne, sql } from 'drizzle-orm';
import type { SecondFactorRule } from '../../../contracts/identity';
import type { Executor } from '../../platform/db/database';
import { sessions } from './identity.schema';
import {
  pendingSignIns,
  recoveryCodes,
  secondFactorPolicies,
  secondFactors,
  sessionDevices,
} from './second-factor.schema';
import { DEFAULT_SECOND_FACTOR_RULE } from './second-factor-policy';

// ── Policy ──
export async function findSecondFactorRule(db: Executor, collaborationId: string): Promise<SecondFactorRule> {
  const [row] = await db
    .select({ requiredFor: secondFactorPolicies.requiredFor })
    .from(secondFactorPolicies)
    .where(eq(secondFactorPolicies.collaborationId, collaborationId));
  return row?.requiredFor ?? DEFAULT_SECOND_FACTOR_RULE;
}

export async function upsertSecondFactorRule(db: Executor, collaborationId: string, rule: SecondFactorRule) {
  await db
    .insert(secondFactorPolicies)
    .values({ collaborationId, requiredFor: rule })
    .onConflictDoUpdate({
      target: secondFactorPolicies.collaborationId,
      set: { requiredFor: rule, updatedAt: sql`now()` },
    });
}

// ── The authenticator ──
export async function findSecondFactor(db: Executor, userId: string) {
  const [row] = await db.select().from(secondFactors).where(eq(secondFactors.userId, userId));
  return row ?? null;
}

export async function hasConfirmedSecondFactor(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: secondFactors.userId })
    .from(secondFactors)
    .where(and(eq(secondFactors.userId, userId), isNotNull(secondFactors.confirmedAt)));
  return Boolean(row);
}

/** An administrator reset the second factor (ADR 040): enrolment is due at the next sign-in. */
export async function isEnrolmentDue(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: secondFactors.userId })
    .from(secondFactors)
    .where(and(eq(secondFactors.userId, userId), eq(secondFactors.enrolmentDue, true)));
  return Boolean(row);
}

/**
 * Forgets the authenticator and the recovery codes (ADR 040), and asks for a new enrolment at
 * the next sign-in. Answers whether there was an authenticator.
 */
export async function resetSecondFactorOf(db: Executor, userId: string): Promise<boolean> {
  const before = await findSecondFactor(db, userId);
  await db
    .insert(secondFactors)
    .values({ userId, enrolmentDue: true })
    .onConflictDoUpdate({
      target: secondFactors.userId,
      set: { secret: null, pendingSecret: null, confirmedAt: null, lastUsedStep: 0, enrolmentDue: true },
    });
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  return Boolean(before?.confirmedAt);
}

/** A new enrolment: a confirmed secret stays valid until the new one is confirmed. */
export async function savePendingSecret(db: Executor, userId: string, secret: string) {
  await db
    .insert(secondFactors)
    .values({ userId, pendingSecret: secret })
    .onConflictDoUpdate({ target: secondFactors.userId, set: { pendingSecret: secret } });
}

export async function confirmPendingSecret(db: Executor, userId: string, step: number, now: Date) {
  await db
    .update(secondFactors)
    .set({
      secret: sql`${secondFactors.pendingSecret}`,
      pendingSecret: null,
      confirmedAt: now,
      lastUsedStep: step,
      enrolmentDue: false,
    })
    .where(eq(secondFactors.userId, userId));
}

/**
 * Accepts a code's time step only past the last accepted one, atomically: a code seen over a
 * shoulder, or sent twice at once, signs in once.
 */
export async function claimTotpStep(db: Executor, userId: string, step: number): Promise<boolean> {
  const rows = await db
    .update(secondFactors)
    .set({ lastUsedStep: step })
    .where(and(eq(secondFactors.userId, userId), lt(secondFactors.lastUsedStep, step)))
    .returning({ userId: secondFactors.userId });
  return rows.length === 1;
}

// ── Recovery codes ──
export async function replaceRecoveryCodes(db: Executor, userId: string, codeHashes: string[]) {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash })));
}

/** Marks a code used; false when it is unknown or was used before (also when used at once twice). */
export async function spendRecoveryCode(db: Executor, userId: string, codeHash: string, now: Date) {
  const rows = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, codeHash),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return rows.length === 1;
}

export async function countRecoveryCodesLeft(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.n ?? 0;
}

// ── Half-signed-in sessions ──
export async function insertPendingSignIn(db: Executor, values: typeof pendingSignIns.$inferInsert) {
  await db.insert(pendingSignIns).values(values);
}

// ── Where a person is signed in ──
export async function insertSessionDevice(db: Executor, values: typeof sessionDevices.$inferInsert) {
  await db.insert(sessionDevices).values(values);
}

/** Fully signed-in sessions of a person that have not ended, the most recent first. */
export async function listSessionsOf(db: Executor, userId: string, now: Date) {
  return db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      device: sessionDevices.device,
      network: sessionDevices.network,
    })
    .from(sessions)
    .leftJoin(sessionDevices, eq(sessionDevices.sessionId, sessions.id))
    .leftJoin(pendingSignIns, eq(pendingSignIns.sessionId, sessions.id))
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now), isNull(pendingSignIns.sessionId)))
    .orderBy(desc(sessions.lastSeenAt));
}

/** Ends one of a person's sessions; false when it is not theirs or already gone. */
export async function deleteSessionOf(db: Executor, userId: string, sessionId: string): Promise<boolean> {
  const rows = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), eq(sessions.id, sessionId)))
    .returning({ id: sessions.id });
  return rows.length === 1;
}

/** Ends every session of a person but one (or all, with `keep` null); answers how many ended. */
export async function deleteSessionsOf(db: Executor, userId: string, keep: string | null): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), keep ? ne(sessions.id, keep) : undefined))
    .returning({ id: sessions.id });
  return rows.length;
}
