import { and, eq, type InferSelectModel } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './database';

/** A table of one collaboration's data: every row has its own id and its tenant's id. */
export type TenantTable = PgTable & { id: PgColumn; collaborationId: PgColumn };

/**
 * One row of a tenant's table by id, or null when it does not exist in this collaboration (another
 * tenant's row simply does not exist); `forUpdate` locks it until the transaction ends.
 */
export async function findInTenant<T extends TenantTable>(
  db: Executor,
  table: T,
  collaborationId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<InferSelectModel<T> | null> {
  const query = db
    .select()
    .from(table as PgTable)
    .where(and(eq(table.collaborationId, collaborationId), eq(table.id, id)));
  const [row] = await (options.forUpdate ? query.for('update') : query);
  return (row as InferSelectModel<T> | undefined) ?? null;
}
