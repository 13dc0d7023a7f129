import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { findInTenant } from '../../platform/db/tenant';
import type { MunicipalityRow } from './municipality-table';
import {
  collaborations,
  collaborationZones,
  municipalities,
  organisations,
  primaryCareZones,
} from './network.schema';

const municipalityColumns = {
  nisCode: municipalities.nisCode,
  name: municipalities.name,
  zoneCode: primaryCareZones.code,
  zoneName: primaryCareZones.name,
};

export async function searchMunicipalities(db: Executor, query: string | undefined, limit = 50) {
  const q = query?.trim();
  return db
    .select(municipalityColumns)
    .from(municipalities)
    .innerJoin(primaryCareZones, eq(primaryCareZones.code, municipalities.primaryCareZoneCode))
    .where(
      q
        ? or(ilike(municipalities.name, `%${q.replace(/[%_\\]/g, '\\$&')}%`), eq(municipalities.nisCode, q))
        : undefined,
    )
    .orderBy(asc(municipalities.name))
    .limit(limit);
}

export async function findMunicipalities(db: Executor, nisCodes: string[]) {
  if (nisCodes.length === 0) return [];
  return db
    .select(municipalityColumns)
    .from(municipalities)
    .innerJoin(primaryCareZones, eq(primaryCareZones.code, municipalities.primaryCareZoneCode))
    .where(inArray(municipalities.nisCode, nisCodes));
}

export async function upsertMunicipalityRows(db: Executor, rows: MunicipalityRow[]) {
  const zones = new Map(rows.map((r) => [r.zoneCode, r.zoneName]));
  if (zones.size > 0) {
    await db
      .insert(primaryCareZones)
      .values([...zones].map(([code, name]) => ({ code, name })))
      .onConflictDoUpdate({
        target: primaryCareZones.code,
        set: { name: sql`excluded.name` },
        setWhere: sql`${primaryCareZones.name} is distinct from excluded.name`,
      });
  }
  // Chunks keep each statement under PostgreSQL's 65,535 bind parameters.
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insert(municipalities)
      .values(
        rows.slice(i, i + 1000).map((r) => ({
          nisCode: r.nisCode,
          name: r.name,
          regionName: r.regionName,
          provinceName: r.provinceName,
          primaryCareZoneCode: r.zoneCode,
          referenceRegionCode: r.referenceRegionCode,
          referenceRegionName: r.referenceRegionName,
        })),
      )
      .onConflictDoUpdate({
        target: municipalities.nisCode,
        set: {
          name: sql`excluded.name`,
          regionName: sql`excluded.region_name`,
          provinceName: sql`excluded.province_name`,
          primaryCareZoneCode: sql`excluded.primary_care_zone_code`,
          referenceRegionCode: sql`excluded.reference_region_code`,
          referenceRegionName: sql`excluded.reference_region_name`,
        },
        setWhere: sql`(${municipalities.name}, ${municipalities.primaryCareZoneCode}, ${municipalities.referenceRegionCode})
          is distinct from (excluded.name, excluded.primary_care_zone_code, excluded.reference_region_code)`,
      });
  }
}

export async function findZones(db: Executor, codes: string[]) {
  if (codes.length === 0) return [];
  return db.select().from(primaryCareZones).where(inArray(primaryCareZones.code, codes));
}

export async function listServedZones(db: Executor, collaborationId: string) {
  return db
    .select({ code: primaryCareZones.code, name: primaryCareZones.name })
    .from(collaborationZones)
    .innerJoin(primaryCareZones, eq(primaryCareZones.code, collaborationZones.zoneCode))
    .where(eq(collaborationZones.collaborationId, collaborationId))
    .orderBy(asc(primaryCareZones.name));
}

export async function replaceServedZones(db: Executor, collaborationId: string, zoneCodes: string[]) {
  await db.delete(collaborationZones).where(eq(collaborationZones.collaborationId, collaborationId));
  if (zoneCodes.length > 0) {
    await db.insert(collaborationZones).values(zoneCodes.map((zoneCode) => ({ collaborationId, zoneCode })));
  }
}

/**
 * Which collaboration serves each of these zones (issue 15). The table of who serves what is the
 * installation's routing table, read across collaborations: it names no family.
 */
export async function findZoneOwners(db: Executor, zoneCodes: string[]) {
  if (zoneCodes.length === 0) return [];
  return db
    .select({
      zoneCode: collaborationZones.zoneCode,
      collaborationId: collaborations.id,
      collaborationName: collaborations.name,
    })
    .from(collaborationZones)
    .innerJoin(collaborations, eq(collaborations.id, collaborationZones.collaborationId))
    .where(inArray(collaborationZones.zoneCode, zoneCodes));
}

/** Every collaboration with the zones it serves, by name: the platform's list (issue 15). */
export async function listCollaborationsWithZones(db: Executor) {
  const rows = await db
    .select({
      id: collaborations.id,
      name: collaborations.name,
      slug: collaborations.slug,
      createdAt: collaborations.createdAt,
      zoneCode: primaryCareZones.code,
      zoneName: primaryCareZones.name,
    })
    .from(collaborations)
    .leftJoin(collaborationZones, eq(collaborationZones.collaborationId, collaborations.id))
    .leftJoin(primaryCareZones, eq(primaryCareZones.code, collaborationZones.zoneCode))
    .orderBy(asc(collaborations.name), asc(primaryCareZones.name));
  const byId = new Map<
    string,
    { id: string; name: string; slug: string; createdAt: Date; zones: { code: string; name: string }[] }
  >();
  for (const r of rows) {
    const entry = byId.get(r.id) ?? {
      id: r.id,
      name: r.name,
      slug: r.slug,
      createdAt: r.createdAt,
      zones: [],
    };
    if (r.zoneCode && r.zoneName) entry.zones.push({ code: r.zoneCode, name: r.zoneName });
    byId.set(r.id, entry);
  }
  return [...byId.values()];
}

/** Every zone of the installation with the collaboration serving it, if any (the zone picker). */
export async function listZonesWithOwners(db: Executor) {
  return db
    .select({
      code: primaryCareZones.code,
      name: primaryCareZones.name,
      collaborationId: collaborations.id,
      collaborationName: collaborations.name,
    })
    .from(primaryCareZones)
    .leftJoin(collaborationZones, eq(collaborationZones.zoneCode, primaryCareZones.code))
    .leftJoin(collaborations, eq(collaborations.id, collaborationZones.collaborationId))
    .orderBy(asc(primaryCareZones.name));
}

export async function findCollaborationBySlug(db: Executor, slug: string) {
  const [row] = await db.select().from(collaborations).where(eq(collaborations.slug, slug));
  return row ?? null;
}

export async function insertCollaboration(db: Executor, values: { id?: string; name: string; slug: string }) {
  const [row] = await db.insert(collaborations).values(values).returning();
  return row as typeof collaborations.$inferSelect;
}

/** Every collaboration of the installation: background jobs (the reminder scan) go through each. */
export async function listCollaborationIds(db: Executor): Promise<string[]> {
  return (await db.select({ id: collaborations.id }).from(collaborations)).map((r) => r.id);
}

export async function findCollaboration(db: Executor, id: string) {
  const [row] = await db.select().from(collaborations).where(eq(collaborations.id, id));
  return row ?? null;
}

export type OrganisationRow = typeof organisations.$inferSelect;

export async function listOrganisations(db: Executor, collaborationId: string) {
  return db
    .select()
    .from(organisations)
    .where(eq(organisations.collaborationId, collaborationId))
    .orderBy(asc(organisations.name));
}

export async function insertOrganisation(db: Executor, values: typeof organisations.$inferInsert) {
  const [row] = await db.insert(organisations).values(values).returning();
  return row as typeof organisations.$inferSelect;
}

export function findOrganisation(db: Executor, collaborationId: string, id: string) {
  return findInTenant(db, organisations, collaborationId, id);
}

/** Optimistic save (ADR 020): null when the row is not at `baseVersion` (or not this tenant's). */
export async function updateOrganisation(
  db: Executor,
  collaborationId: string,
  id: string,
  baseVersion: number,
  values: Partial<typeof organisations.$inferInsert>,
) {
  const [row] = await db
    .update(organisations)
    .set({ ...values, version: sql`${organisations.version} + 1` })
    .where(
      and(
        eq(organisations.collaborationId, collaborationId),
        eq(organisations.id, id),
        eq(organisations.version, baseVersion),
      ),
    )
    .returning();
  return row ?? null;
}
