import { and, asc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { organisationOffers } from './socialmap.schema';

export type OfferRow = typeof organisationOffers.$inferSelect;
export type OfferValues = Omit<typeof organisationOffers.$inferInsert, 'id' | 'collaborationId' | 'version'>;

const like = (value: string) => `%${value.replace(/[%_\\]/g, '\\$&')}%`;

export type OfferFilter = {
  /** Words in the service or target group. */
  q?: string;
  /** Partners whose name matched the words: their offers match too. */
  organisationsNamed?: string[];
  /** Only these partners' offers (the active ones), or all when undefined. */
  organisationIds?: string[];
  age?: number;
  zone?: string;
  includeInactive: boolean;
};

/** The offers of one collaboration that match a worker's search. */
export async function searchOffers(
  db: Executor,
  collaborationId: string,
  filter: OfferFilter,
): Promise<OfferRow[]> {
  const conditions: (SQL | undefined)[] = [eq(organisationOffers.collaborationId, collaborationId)];
  if (!filter.includeInactive) conditions.push(eq(organisationOffers.isActive, true));
  if (filter.organisationIds) {
    if (filter.organisationIds.length === 0) return [];
    conditions.push(inArray(organisationOffers.organisationId, filter.organisationIds));
  }
  const q = filter.q?.trim();
  if (q) {
    const named = filter.organisationsNamed ?? [];
    conditions.push(
      or(
        ilike(organisationOffers.service, like(q)),
        ilike(organisationOffers.targetGroup, like(q)),
        named.length > 0 ? inArray(organisationOffers.organisationId, named) : undefined,
      ),
    );
  }
  if (filter.age !== undefined) {
    conditions.push(
      sql`(${organisationOffers.ageFrom} is null or ${organisationOffers.ageFrom} <= ${filter.age})`,
      sql`(${organisationOffers.ageTo} is null or ${organisationOffers.ageTo} >= ${filter.age})`,
    );
  }
  // An offer without zones serves the whole region.
  if (filter.zone)
    conditions.push(
      sql`(cardinality(${organisationOffers.zoneCodes}) = 0 or ${filter.zone} = any(${organisationOffers.zoneCodes}))`,
    );
  return db
    .select()
    .from(organisationOffers)
    .where(and(...conditions))
    .orderBy(asc(organisationOffers.service))
    .limit(500);
}

export async function findOffer(db: Executor, collaborationId: string, id: string): Promise<OfferRow | null> {
  const [row] = await db
    .select()
    .from(organisationOffers)
    .where(and(eq(organisationOffers.collaborationId, collaborationId), eq(organisationOffers.id, id)));
  return row ?? null;
}

export async function insertOffer(
  db: Executor,
  collaborationId: string,
  values: OfferValues,
): Promise<OfferRow> {
  const [row] = await db
    .insert(organisationOffers)
    .values({ ...values, collaborationId })
    .returning();
  return row as OfferRow;
}

/** Saves from the version the person started from (ADR 020); null when someone saved meanwhile. */
export async function updateOffer(
  db: Executor,
  collaborationId: string,
  id: string,
  baseVersion: number,
  values: Partial<OfferValues>,
): Promise<OfferRow | null> {
  const [row] = await db
    .update(organisationOffers)
    .set({ ...values, version: sql`${organisationOffers.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(organisationOffers.collaborationId, collaborationId),
        eq(organisationOffers.id, id),
        eq(organisationOffers.version, baseVersion),
      ),
    )
    .returning();
  return row ?? null;
}
