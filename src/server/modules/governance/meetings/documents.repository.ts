// Files attached to meetings and the frozen figures (R22): both are documents of a meeting.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/database';
import { findInTenant } from '../../../platform/db/tenant';
import { governanceDocuments, governanceFigureSnapshots } from '../governance.schema';

export type SnapshotRow = typeof governanceFigureSnapshots.$inferSelect;

const withoutContent = {
  id: governanceDocuments.id,
  meetingId: governanceDocuments.meetingId,
  agendaItemId: governanceDocuments.agendaItemId,
  fileName: governanceDocuments.fileName,
  contentType: governanceDocuments.contentType,
  sizeBytes: governanceDocuments.sizeBytes,
  uploadedAt: governanceDocuments.uploadedAt,
};
export type DocumentInfo = {
  id: string;
  meetingId: string;
  agendaItemId: string | null;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: Date;
};

export async function insertDocument(db: Executor, values: typeof governanceDocuments.$inferInsert) {
  const [row] = await db.insert(governanceDocuments).values(values).returning(withoutContent);
  return row as DocumentInfo;
}

export async function listDocuments(db: Executor, meetingIds: string[]): Promise<DocumentInfo[]> {
  if (meetingIds.length === 0) return [];
  return db
    .select(withoutContent)
    .from(governanceDocuments)
    .where(inArray(governanceDocuments.meetingId, meetingIds))
    .orderBy(asc(governanceDocuments.uploadedAt));
}

export function findDocument(db: Executor, collaborationId: string, id: string) {
  return findInTenant(db, governanceDocuments, collaborationId, id);
}

export async function hasDocuments(db: Executor, itemId: string) {
  const [row] = await db
    .select({ id: governanceDocuments.id })
    .from(governanceDocuments)
    .where(eq(governanceDocuments.agendaItemId, itemId))
    .limit(1);
  return Boolean(row);
}

export async function insertSnapshot(db: Executor, values: typeof governanceFigureSnapshots.$inferInsert) {
  const [row] = await db.insert(governanceFigureSnapshots).values(values).returning();
  return row as SnapshotRow;
}

export async function listSnapshots(db: Executor, meetingId: string) {
  return db
    .select()
    .from(governanceFigureSnapshots)
    .where(eq(governanceFigureSnapshots.meetingId, meetingId))
    .orderBy(asc(governanceFigureSnapshots.frozenAt));
}
