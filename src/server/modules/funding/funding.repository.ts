import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { fundingLines } from './funding.schema';

export async function listFundingLines(db: Executor, collaborationId: string) {
  return db
    .select()
    .from(fundingLines)
    .where(eq(fundingLines.collaborationId, collaborationId))
    .orderBy(asc(fundingLines.sortOrder), asc(fundingLines.name));
}

export async function findFundingLineByCode(db: Executor, collaborationId: string, code: string) {
  const [row] = await db
    .select()
    .from(fundingLines)
    .where(and(eq(fundingLines.collaborationId, collaborationId), eq(fundingLines.code, code)));
  return row ?? null;
}

export async function findFundingLinesByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(fundingLines).where(inArray(fundingLines.id, ids));
}
