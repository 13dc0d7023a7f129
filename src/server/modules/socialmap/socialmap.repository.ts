import { and, asc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { organisations } from '../network/network.schema';
import { organisationOffers } from './socialmap.schema';

export type OfferRow = typeof organisationOffers.$inferSelect;
export type OfferWithOrganisation = OfferRow & { organisationName: string; organisationActive: boolean };
export type OfferValues = Omit<typeof organisationOffers.$inferInsert, 'id' | 'collaborationId' | 'version'>;

const withOrganisation = {
  offer: organisationOffers,
  organisationName: organisations.name,
  organisationActive: organisations.isActive,
};

const like = (value: string) => `%${value.replace(/[%_\\]/g, '\\$&')}%`;

export type OfferFilter = { q?: string; age?: number; zone?: string; includeInactive: boolean };

/** The offers of one collaboration that match a worker's search, by organisation and service. */
export async function searchOffers(
  db: Executor,
  collaborationId: string,
  filter: OfferFilter,
): Promise<OfferWithOrganisation[]> {
  const conditions: (SQL | undefined)[] = [eq(organisationOffers.collaborationId, collaborationId)];
  if (!filter.includeInactive)
    conditions.push(eq(organisationOffers.isActive, true), eq(organisations.isActive, true));
  const q = filter.q?.trim();
  if (q) {
    const pattern = like(q);
    conditions.push(
      or(
        ilike(organisationOffers.service, pattern),
        ilike(organisationOffers.targetGroup, pattern),
        ilike(organisations.name, pattern),
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
  const rows = await db
    .select(withOrganisation)
    .from(organisationOffers)
    .innerJoin(organisations, eq(organisations.id, organisationOffers.organisationId))
    .where(and(...conditions))
    .orderBy(asc(organisations.name), asc(organisationOffers.service))
    .limit(500);
  return rows.map(({ offer, ...organisation }) => ({ ...offer, ...organisation }));
}

export async function findOffer(
  db: Executor,
  collaborationId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<OfferWithOrganisation | null> {
  const query = db
    .select(withOrganisation)
    .from(organisationOffers)
    .innerJoin(organisations, eq(organisations.id, organisationOffers.organisationId))
    .where(and(eq(organisationOffers.collaborationId, collaborationId), eq(organisationOffers.id, id)));
  const [row] = await (options.forUpdate ? query.for('update', { of: organisationOffers }) : query);
  return row ? { ...row.offer, organisationName: row.organisationName, organisationActive: row.organisationActive } : null;
}

export async function insertOffer(db: Executor, collaborationId: string, values: OfferValues) {
  const [row] = await db
    .insert(organisationOffers)
    .values({ ...values, collaborationId })
    .returning({ id: organisationOffers.id });
  return row as { id: string };
}

/** Saves from the version the person started from (ADR 020); null when someone saved meanwhile. */
export async function updateOffer(
  db: Executor,
  collaborationId: string,
  id: string,
  baseVersion: number,
  values: Partial<OfferValues>,
) {
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
    .returning({ id: organisationOffers.id });
  return row ?? null;
}
