// The only place that queries the documents tables (ADR 052).
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { documentContents, documents } from './documents.schema';

export type DocumentRow = typeof documents.$inferSelect;

export async function insertDocument(
  db: Executor,
  values: typeof documents.$inferInsert,
  content: Buffer,
): Promise<DocumentRow> {
  const [row] = await db.insert(documents).values(values).returning();
  if (!row) throw new Error('document not inserted');
  await db.insert(documentContents).values({ documentId: row.id, content });
  return row;
}

/** A family's documents, newest first, without their bytes. */
export async function listDocumentsOf(db: Executor, familyId: string): Promise<DocumentRow[]> {
  return db
    .select()
    .from(documents)
    .where(eq(documents.familyId, familyId))
    .orderBy(desc(documents.uploadedAt));
}

export async function findDocumentOf(db: Executor, familyId: string, documentId: string) {
  const [row] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.familyId, familyId), eq(documents.id, documentId)));
  return row ?? null;
}

export async function readDocumentContent(db: Executor, documentId: string): Promise<Buffer | null> {
  const [row] = await db
    .select({ content: documentContents.content })
    .from(documentContents)
    .where(eq(documentContents.documentId, documentId));
  return row?.content ?? null;
}

/**
 * Changes a document only from the version the worker saw (ADR 020): null when someone changed
 * it meanwhile.
 */
export async function updateDocument(
  db: Executor,
  id: string,
  baseVersion: number,
  values: Partial<
    Pick<DocumentRow, 'forCourt' | 'withheldReason' | 'sharedAt' | 'sharedBy' | 'sharedByName'>
  >,
): Promise<DocumentRow | null> {
  const [row] = await db
    .update(documents)
    .set({ ...values, version: sql`${documents.version} + 1` })
    .where(and(eq(documents.id, id), eq(documents.version, baseVersion)))
    .returning();
  return row ?? null;
}

/** R30 (ADR 047, 052): destroyed with the file; the contents go with their rows (cascade). */
export async function deleteFamilyDocumentsOf(tx: Executor, familyIds: string[]): Promise<void> {
  if (familyIds.length === 0) return;
  await tx.delete(documents).where(inArray(documents.familyId, familyIds));
}

/**
 * R17: two files of one family become one. The merged file's documents — shared with the family or
 * not, marked or not — go on in the surviving file, with their marks and sharing as they were.
 */
export async function moveDocumentsToFamily(
  db: Executor,
  input: { collaborationId: string; fromId: string; intoId: string },
): Promise<void> {
  await db
    .update(documents)
    .set({ familyId: input.intoId })
    .where(and(eq(documents.collaborationId, input.collaborationId), eq(documents.familyId, input.fromId)));
}
