import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { retentionSettings } from './retention.schema';

export type RetentionSettingsRow = typeof retentionSettings.$inferSelect;

export async function findRetentionSettings(db: Executor, collaborationId: string) {
  const [row] = await db
    .select()
    .from(retentionSettings)
    .where(eq(retentionSettings.collaborationId, collaborationId));
  return (row as RetentionSettingsRow | undefined) ?? null;
}

/** Every collaboration's own age (the daily job); a collaboration without a row keeps the default. */
export async function listRetentionSettings(db: Executor) {
  return db.select().from(retentionSettings);
}

/** The first save of a collaboration's age; null when someone saved one meanwhile. */
export async function insertRetentionSettings(
  db: Executor,
  values: { collaborationId: string; retentionAge: number; updatedBy: string; updatedByName: string },
) {
  const [row] = await db.insert(retentionSettings).values(values).onConflictDoNothing().returning();
  return (row as RetentionSettingsRow | undefined) ?? null;
}

/** Saves only if still at `baseVersion` (ADR 020); null when someone saved it meanwhile. */
export async function updateRetentionSettings(
  db: Executor,
  input: {
    collaborationId: string;
    baseVersion: number;
    retentionAge: number;
    updatedBy: string;
    updatedByName: string;
  },
) {
  const [row] = await db
    .update(retentionSettings)
    .set({
      retentionAge: input.retentionAge,
      updatedBy: input.updatedBy,
      updatedByName: input.updatedByName,
      version: sql`${retentionSettings.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(retentionSettings.collaborationId, input.collaborationId),
        eq(retentionSettings.version, input.baseVersion),
      ),
    )
    .returning();
  return (row as RetentionSettingsRow | undefined) ?? null;
}
