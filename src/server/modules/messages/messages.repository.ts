import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { outbox } from './messages.schema';

export type OutboxRow = typeof outbox.$inferSelect;

export async function insertOutboxMail(tx: Executor, values: typeof outbox.$inferInsert): Promise<string> {
  const [row] = await tx.insert(outbox).values(values).returning({ id: outbox.id });
  if (!row) throw new Error('outbox insert returned no row');
  return row.id;
}

export async function findOutboxMail(db: Executor, id: string): Promise<OutboxRow | null> {
  const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
  return row ?? null;
}

export async function findOutboxMailOfCollaboration(
  db: Executor,
  collaborationId: string,
  id: string,
): Promise<OutboxRow | null> {
  const [row] = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.collaborationId, collaborationId), eq(outbox.id, id)));
  return row ?? null;
}

export async function listOutboxMails(db: Executor, collaborationId: string, limit: number) {
  return db
    .select()
    .from(outbox)
    .where(eq(outbox.collaborationId, collaborationId))
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(limit);
}

/** Marks a collaboration's queued mails held for good: their jobs then send nothing. */
export async function holdQueuedOutboxMails(db: Executor, collaborationId: string): Promise<number> {
  const rows = await db
    .update(outbox)
    .set({ status: 'held', heldReason: 'kept' })
    .where(and(eq(outbox.collaborationId, collaborationId), eq(outbox.status, 'queued')))
    .returning({ id: outbox.id });
  return rows.length;
}

/**
 * Mails held for want of SMTP become queued again, atomically: of two processes starting at once
 * each row is released by one (ADR 040). Answers the ids released, for their delivery jobs.
 */
export async function releaseMailsHeldForSmtp(db: Executor, now: Date): Promise<string[]> {
  const rows = await db
    .update(outbox)
    .set({ status: 'queued', heldReason: null, releasedAt: now })
    .where(and(eq(outbox.status, 'held'), eq(outbox.heldReason, 'noSmtp')))
    .returning({ id: outbox.id });
  return rows.map((row) => row.id);
}

/** Records the outcome of one delivery attempt. */
export async function updateOutboxMail(
  db: Executor,
  id: string,
  values: Partial<
    Pick<
      OutboxRow,
      | 'status'
      | 'heldReason'
      | 'attempts'
      | 'lastError'
      | 'lastAttemptAt'
      | 'sentAt'
      | 'params'
      | 'subject'
      | 'body'
    >
  >,
) {
  await db.update(outbox).set(values).where(eq(outbox.id, id));
}
