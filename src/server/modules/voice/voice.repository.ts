import { and, asc, count, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { correctionRequests, familyEntries, familyMessages, planResponses } from './voice.schema';

export type EntryRow = typeof familyEntries.$inferSelect;
export type PlanResponseRow = typeof planResponses.$inferSelect;
export type CorrectionRow = typeof correctionRequests.$inferSelect;
export type MessageRow = typeof familyMessages.$inferSelect;

export async function insertEntry(db: Executor, values: typeof familyEntries.$inferInsert) {
  const [row] = await db.insert(familyEntries).values(values).returning();
  return row as EntryRow;
}

export async function findEntry(db: Executor, familyId: string, id: string) {
  const [row] = await db
    .select()
    .from(familyEntries)
    .where(and(eq(familyEntries.familyId, familyId), eq(familyEntries.id, id)));
  return row ?? null;
}

/**
 * Closes an entry's latest state, as edited or withdrawn: only if it still is the latest (of two
 * changes at once the second finds it closed and changes nothing).
 */
export async function closeEntry(db: Executor, id: string, change: 'superseded' | 'withdrawn', at: Date) {
  const rows = await db
    .update(familyEntries)
    .set(change === 'superseded' ? { supersededAt: at } : { withdrawnAt: at })
    .where(
      and(eq(familyEntries.id, id), isNull(familyEntries.supersededAt), isNull(familyEntries.withdrawnAt)),
    )
    .returning({ id: familyEntries.id });
  return rows.length === 1;
}

export async function listEntriesOf(db: Executor, familyId: string) {
  return db
    .select()
    .from(familyEntries)
    .where(eq(familyEntries.familyId, familyId))
    .orderBy(asc(familyEntries.createdAt));
}

/** Inserts a member's answer to a version; null when they answered that version already. */
export async function insertPlanResponse(db: Executor, values: typeof planResponses.$inferInsert) {
  const [row] = await db.insert(planResponses).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function listPlanResponsesOf(db: Executor, familyId: string) {
  return db
    .select()
    .from(planResponses)
    .where(eq(planResponses.familyId, familyId))
    .orderBy(asc(planResponses.planVersion), asc(planResponses.createdAt));
}

export async function insertCorrection(db: Executor, values: typeof correctionRequests.$inferInsert) {
  const [row] = await db.insert(correctionRequests).values(values).returning();
  return row as CorrectionRow;
}

export async function findCorrection(
  db: Executor,
  familyId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  const query = db
    .select()
    .from(correctionRequests)
    .where(and(eq(correctionRequests.familyId, familyId), eq(correctionRequests.id, id)));
  const [row] = await (options.forUpdate ? query.for('update') : query);
  return row ?? null;
}

export async function answerCorrection(
  db: Executor,
  id: string,
  values: Pick<
    typeof correctionRequests.$inferInsert,
    | 'status'
    | 'answeredBy'
    | 'answeredByName'
    | 'answeredAt'
    | 'answerReason'
    | 'correctedText'
    | 'correctedInVersion'
  >,
) {
  const [row] = await db
    .update(correctionRequests)
    .set(values)
    .where(and(eq(correctionRequests.id, id), eq(correctionRequests.status, 'open')))
    .returning();
  return row ?? null;
}

export async function listCorrectionsOf(db: Executor, familyId: string) {
  return db
    .select()
    .from(correctionRequests)
    .where(eq(correctionRequests.familyId, familyId))
    .orderBy(asc(correctionRequests.createdAt));
}

export async function insertMessage(db: Executor, values: typeof familyMessages.$inferInsert) {
  const [row] = await db.insert(familyMessages).values(values).returning();
  return row as MessageRow;
}

export async function listMessagesOf(db: Executor, familyId: string) {
  return db
    .select()
    .from(familyMessages)
    .where(eq(familyMessages.familyId, familyId))
    .orderBy(asc(familyMessages.createdAt));
}

/** A worker of the file saw what the family added and read its messages. */
export async function markSeenByWorkers(db: Executor, familyId: string, at: Date) {
  await db
    .update(familyEntries)
    .set({ seenAt: at })
    .where(and(eq(familyEntries.familyId, familyId), isNull(familyEntries.seenAt)));
  await db
    .update(planResponses)
    .set({ seenAt: at })
    .where(and(eq(planResponses.familyId, familyId), isNull(planResponses.seenAt)));
  await markFamilyMessagesRead(db, familyId, at);
}

/** A worker read the family's messages (replying reads the thread). */
export async function markFamilyMessagesRead(db: Executor, familyId: string, at: Date) {
  await db
    .update(familyMessages)
    .set({ readAt: at })
    .where(
      and(
        eq(familyMessages.familyId, familyId),
        isNotNull(familyMessages.memberId),
        isNull(familyMessages.readAt),
      ),
    );
}

type Counted = Map<string, number>;
const toMap = (rows: { familyId: string; n: number }[]): Counted =>
  new Map(rows.map((r) => [r.familyId, r.n]));

/** "My week": per family, what no worker has seen yet, what waits for an answer, what is unread. */
export async function countWaitingVoice(db: Executor, collaborationId: string, familyIds: string[]) {
  if (familyIds.length === 0)
    return { entries: new Map(), responses: new Map(), corrections: new Map(), messages: new Map() };
  const entries = await db
    .select({ familyId: familyEntries.familyId, n: count() })
    .from(familyEntries)
    .where(
      and(
        eq(familyEntries.collaborationId, collaborationId),
        inArray(familyEntries.familyId, familyIds),
        isNull(familyEntries.seenAt),
        isNull(familyEntries.supersededAt),
        isNull(familyEntries.withdrawnAt),
      ),
    )
    .groupBy(familyEntries.familyId);
  const responses = await db
    .select({ familyId: planResponses.familyId, n: count() })
    .from(planResponses)
    .where(
      and(
        eq(planResponses.collaborationId, collaborationId),
        inArray(planResponses.familyId, familyIds),
        isNull(planResponses.seenAt),
      ),
    )
    .groupBy(planResponses.familyId);
  const corrections = await db
    .select({ familyId: correctionRequests.familyId, n: count() })
    .from(correctionRequests)
    .where(
      and(
        eq(correctionRequests.collaborationId, collaborationId),
        inArray(correctionRequests.familyId, familyIds),
        eq(correctionRequests.status, 'open'),
      ),
    )
    .groupBy(correctionRequests.familyId);
  const messages = await db
    .select({ familyId: familyMessages.familyId, n: count() })
    .from(familyMessages)
    .where(
      and(
        eq(familyMessages.collaborationId, collaborationId),
        inArray(familyMessages.familyId, familyIds),
        isNotNull(familyMessages.memberId),
        isNull(familyMessages.readAt),
      ),
    )
    .groupBy(familyMessages.familyId);
  return {
    entries: toMap(entries),
    responses: toMap(responses),
    corrections: toMap(corrections),
    messages: toMap(messages),
  };
}

/** R17: the merged file's message thread continues in the surviving file. */
export async function moveMessagesToFamily(
  db: Executor,
  collaborationId: string,
  fromId: string,
  intoId: string,
) {
  await db
    .update(familyMessages)
    .set({ familyId: intoId })
    .where(and(eq(familyMessages.collaborationId, collaborationId), eq(familyMessages.familyId, fromId)));
}

/**
 * R30 (ADR 047): a destroyed file's own words, answers, correction requests and messages go with
 * it — they are the family's words about itself, and no figure counts them.
 */
export async function deleteFamilyVoiceOf(tx: Executor, familyIds: string[]): Promise<void> {
  if (familyIds.length === 0) return;
  await tx.delete(familyEntries).where(inArray(familyEntries.familyId, familyIds));
  await tx.delete(planResponses).where(inArray(planResponses.familyId, familyIds));
  await tx.delete(correctionRequests).where(inArray(correctionRequests.familyId, familyIds));
  await tx.delete(familyMessages).where(inArray(familyMessages.familyId, familyIds));
}
