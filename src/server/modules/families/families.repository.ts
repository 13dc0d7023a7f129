import { and, asc, eq, inArray, ne, or } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { families, familyMembers } from './families.schema';

export async function insertFamily(
  db: Executor,
  values: { collaborationId: string; municipalityNis: string },
) {
  const [row] = await db.insert(families).values(values).returning();
  return row as typeof families.$inferSelect;
}

export async function insertMembers(db: Executor, values: (typeof familyMembers.$inferInsert)[]) {
  if (values.length === 0) return;
  await db.insert(familyMembers).values(values);
}

export async function findFamily(db: Executor, collaborationId: string, id: string) {
  const [row] = await db
    .select()
    .from(families)
    .where(and(eq(families.collaborationId, collaborationId), eq(families.id, id)));
  return row ?? null;
}

export async function listMembersOf(db: Executor, familyIds: string[]) {
  if (familyIds.length === 0) return [];
  return db
    .select()
    .from(familyMembers)
    .where(inArray(familyMembers.familyId, familyIds))
    .orderBy(asc(familyMembers.createdAt), asc(familyMembers.id));
}

/** Families of the municipality with a child born (or due) on one of the dates. */
export async function findFamiliesWithChildDates(
  db: Executor,
  input: {
    collaborationId: string;
    municipalityNis: string;
    dates: string[];
    excludeFamilyId?: string | null;
  },
) {
  if (input.dates.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: families.id, municipalityNis: families.municipalityNis })
    .from(families)
    .innerJoin(familyMembers, eq(familyMembers.familyId, families.id))
    .where(
      and(
        eq(families.collaborationId, input.collaborationId),
        eq(families.municipalityNis, input.municipalityNis),
        or(inArray(familyMembers.birthDate, input.dates), inArray(familyMembers.dueDate, input.dates)),
        input.excludeFamilyId ? ne(families.id, input.excludeFamilyId) : undefined,
      ),
    )
    .limit(20);
  return rows;
}
