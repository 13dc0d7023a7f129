import { and, asc, eq, exists, gte, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { ACCENTED, normalizeSurname, PLAIN } from '../../../domain/family-identification';
import type { Executor } from '../../platform/db/database';
import { findInTenant } from '../../platform/db/tenant';
import { families, familyAssignments, familyMembers, networkMembers } from './families.schema';

/**
 * A family and its members in one statement (ADR 041): the family's insert is a CTE of the
 * members' insert (the foreign key is checked at the end of the statement). The family's id is
 * chosen by the caller so the members can name it.
 */
export async function insertFamilyWithMembers(
  db: Executor,
  family: { id: string; collaborationId: string; municipalityNis: string; pseudonym?: string | null },
  members: (typeof familyMembers.$inferInsert)[],
): Promise<MemberRow[]> {
  if (members.length === 0) {
    await db.insert(families).values(family);
    return [];
  }
  const file = db.$with('file').as(db.insert(families).values(family).returning({ id: families.id }));
  const rows = await db.with(file).insert(familyMembers).values(members).returning();
  // In the order a later read lists them (by creation, then id: one transaction, one creation time).
  return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
}

export async function insertMembers(db: Executor, values: (typeof familyMembers.$inferInsert)[]) {
  if (values.length === 0) return;
  await db.insert(familyMembers).values(values);
}

export function findFamily(db: Executor, collaborationId: string, id: string) {
  return findInTenant(db, families, collaborationId, id);
}

export async function listMembersOf(db: Executor, familyIds: string[]) {
  if (familyIds.length === 0) return [];
  return db
    .select()
    .from(familyMembers)
    .where(inArray(familyMembers.familyId, familyIds))
    .orderBy(asc(familyMembers.createdAt), asc(familyMembers.id));
}

type CandidateMember = Pick<
  typeof familyMembers.$inferSelect,
  'id' | 'role' | 'givenName' | 'familyName' | 'birthDate' | 'dueDate' | 'version'
>;

/**
 * Families of the municipality with a child born (or due) on one of the dates, each with its
 * members (as JSON, in the order the file lists them): one round trip (ADR 041).
 */
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
  const m = familyMembers;
  const rows = await db
    .select({
      id: families.id,
      municipalityNis: families.municipalityNis,
      members: sql<CandidateMember[]>`(
        select coalesce(json_agg(json_build_object('id', m.id, 'role', m.role, 'givenName', m.given_name,
          'familyName', m.family_name, 'birthDate', m.birth_date, 'dueDate', m.due_date, 'version', m.version)
          order by m.created_at, m.id), '[]')
        from family_members m where m.family_id = "families"."id")`,
    })
    .from(families)
    .where(
      and(
        eq(families.collaborationId, input.collaborationId),
        eq(families.municipalityNis, input.municipalityNis),
        exists(
          db
            .select({ one: sql`1` })
            .from(m)
            .where(
              and(
                eq(m.familyId, families.id),
                or(inArray(m.birthDate, input.dates), inArray(m.dueDate, input.dates)),
              ),
            ),
        ),
        input.excludeFamilyId ? ne(families.id, input.excludeFamilyId) : undefined,
        isNull(families.mergedIntoId), // R17: a merged file lives on in the surviving one
      ),
    )
    .limit(20);
  return rows;
}

// ── The family file: members, network map, assignments (the family's journey) ─────────────
export type FamilyRow = typeof families.$inferSelect;
export type MemberRow = typeof familyMembers.$inferSelect;
export type NetworkMemberRow = typeof networkMembers.$inferSelect;
export type AssignmentRow = typeof familyAssignments.$inferSelect;

export async function findFamiliesByIds(db: Executor, collaborationId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(families)
    .where(and(eq(families.collaborationId, collaborationId), inArray(families.id, ids)));
}

export async function findMember(db: Executor, familyId: string, memberId: string) {
  const [row] = await db
    .select()
    .from(familyMembers)
    .where(and(eq(familyMembers.familyId, familyId), eq(familyMembers.id, memberId)));
  return row ?? null;
}

export async function insertMember(db: Executor, values: typeof familyMembers.$inferInsert) {
  const [row] = await db.insert(familyMembers).values(values).returning();
  return row as MemberRow;
}

/** Saves a member only if it is still at `baseVersion` (ADR 020); null when someone saved it meanwhile. */
export async function updateMember(
  db: Executor,
  id: string,
  baseVersion: number,
  values: Partial<typeof familyMembers.$inferInsert>,
) {
  const [row] = await db
    .update(familyMembers)
    .set({ ...values, version: sql`${familyMembers.version} + 1` })
    .where(and(eq(familyMembers.id, id), eq(familyMembers.version, baseVersion)))
    .returning();
  return (row as MemberRow | undefined) ?? null;
}

export async function listNetworkOf(db: Executor, familyIds: string[]) {
  if (familyIds.length === 0) return [];
  return db
    .select()
    .from(networkMembers)
    .where(inArray(networkMembers.familyId, familyIds))
    .orderBy(asc(networkMembers.kind), asc(networkMembers.createdAt), asc(networkMembers.id));
}

export async function findNetworkMember(db: Executor, familyId: string, id: string) {
  const [row] = await db
    .select()
    .from(networkMembers)
    .where(and(eq(networkMembers.familyId, familyId), eq(networkMembers.id, id)));
  return row ?? null;
}

export async function insertNetworkMember(db: Executor, values: typeof networkMembers.$inferInsert) {
  const [row] = await db.insert(networkMembers).values(values).returning();
  return row as NetworkMemberRow;
}

/** Saves an entry only if it is still at `baseVersion` (ADR 020); null when someone saved it meanwhile. */
export async function updateNetworkMember(
  db: Executor,
  id: string,
  baseVersion: number,
  values: Partial<typeof networkMembers.$inferInsert>,
) {
  const [row] = await db
    .update(networkMembers)
    .set({ ...values, updatedAt: sql`now()`, version: sql`${networkMembers.version} + 1` })
    .where(and(eq(networkMembers.id, id), eq(networkMembers.version, baseVersion)))
    .returning();
  return (row as NetworkMemberRow | undefined) ?? null;
}

export async function listAssignmentsOf(db: Executor, familyIds: string[]) {
  if (familyIds.length === 0) return [];
  return db
    .select()
    .from(familyAssignments)
    .where(inArray(familyAssignments.familyId, familyIds))
    .orderBy(asc(familyAssignments.fromOn), asc(familyAssignments.createdAt));
}

/** Assignments running on `today`, of one person or of the whole collaboration. */
export async function listActiveAssignments(
  db: Executor,
  collaborationId: string,
  today: string,
  userId?: string,
) {
  return db
    .select()
    .from(familyAssignments)
    .where(
      and(
        eq(familyAssignments.collaborationId, collaborationId),
        userId ? eq(familyAssignments.userId, userId) : undefined,
        lte(familyAssignments.fromOn, today),
        or(isNull(familyAssignments.toOn), gte(familyAssignments.toOn, today)),
      ),
    );
}

export async function findAssignment(db: Executor, familyId: string, id: string) {
  const [row] = await db
    .select()
    .from(familyAssignments)
    .where(and(eq(familyAssignments.familyId, familyId), eq(familyAssignments.id, id)));
  return row ?? null;
}

export async function insertAssignment(db: Executor, values: typeof familyAssignments.$inferInsert) {
  const [row] = await db.insert(familyAssignments).values(values).returning();
  return row as AssignmentRow;
}

export async function endAssignment(db: Executor, id: string, toOn: string) {
  const [row] = await db
    .update(familyAssignments)
    .set({ toOn })
    .where(eq(familyAssignments.id, id))
    .returning();
  return row as AssignmentRow;
}

/** Families with a member whose name matches (the team's "does this family exist?"). */
/** Families with a member of exactly this surname (accents and case folded), and, when given,
 * in this municipality and with a member born in this year. */
export async function findFamilyIdsByIdentification(
  db: Executor,
  collaborationId: string,
  input: { familyName: string; municipalityNis?: string; birthYear?: number },
) {
  // [[:space:]], not \s: a backslash in a tagged template is an escape and would not reach SQL.
  const folded = sql`lower(translate(regexp_replace(btrim(${familyMembers.familyName}), '[[:space:]]+', ' ', 'g'), ${ACCENTED}, ${PLAIN}))`;
  const bornThatYear = alias(familyMembers, 'born_that_year');
  const rows = await db
    .selectDistinct({ id: familyMembers.familyId })
    .from(familyMembers)
    .innerJoin(families, eq(families.id, familyMembers.familyId))
    .where(
      and(
        eq(familyMembers.collaborationId, collaborationId),
        eq(families.collaborationId, collaborationId),
        sql`${folded} = ${normalizeSurname(input.familyName)}`,
        input.municipalityNis ? eq(families.municipalityNis, input.municipalityNis) : undefined,
        input.birthYear === undefined
          ? undefined
          : exists(
              db
                .select({ one: sql`1` })
                .from(bornThatYear)
                .where(
                  and(
                    eq(bornThatYear.familyId, familyMembers.familyId),
                    sql`extract(year from ${bornThatYear.birthDate}) = ${input.birthYear}`,
                  ),
                ),
            ),
      ),
    )
    .limit(25);
  return rows.map((r) => r.id);
}

/** R17: both files of a merge, locked in id order (two merges of one pair wait, never deadlock). */
export async function lockFamilies(db: Executor, collaborationId: string, ids: string[]) {
  return db
    .select()
    .from(families)
    .where(and(eq(families.collaborationId, collaborationId), inArray(families.id, ids)))
    .orderBy(asc(families.id))
    .for('update');
}

/** R17: members, the network map and who works with the family move to the surviving file. */
export async function moveFamilyParts(
  db: Executor,
  input: { fromId: string; intoId: string; memberIds: string[] },
) {
  if (input.memberIds.length > 0)
    await db
      .update(familyMembers)
      .set({ familyId: input.intoId })
      .where(inArray(familyMembers.id, input.memberIds));
  await db
    .update(familyAssignments)
    .set({ familyId: input.intoId })
    .where(eq(familyAssignments.familyId, input.fromId));
  await db
    .update(networkMembers)
    .set({ familyId: input.intoId, updatedAt: sql`now()` })
    .where(eq(networkMembers.familyId, input.fromId));
}

export async function markFamilyMerged(
  db: Executor,
  input: { fromId: string; intoId: string; mergedBy: string; mergedAt: Date },
) {
  await db
    .update(families)
    .set({ mergedIntoId: input.intoId, mergedAt: input.mergedAt, mergedBy: input.mergedBy })
    .where(eq(families.id, input.fromId));
}

/** The files merged directly into any of these. */
export async function listFamiliesMergedDirectlyInto(db: Executor, familyIds: string[]) {
  const rows = await db
    .select({ id: families.id })
    .from(families)
    .where(inArray(families.mergedIntoId, familyIds));
  return rows.map((r) => r.id);
}

// ── The family file in one round trip (ADR 041) ──────────────────────────────────────────────

type Json<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};
export type FamilyFileParts = {
  family: FamilyRow;
  assignments: AssignmentRow[];
  members: MemberRow[];
  network: NetworkMemberRow[];
  municipality: { name: string; zoneCode: string; zoneName: string } | null;
  /** The people of the assignments, as others see them (no e-mail, no password). */
  people: { id: string; displayName: string; roles: string[] }[];
};

/**
 * A family with everything its file shows, aggregated as JSON by PostgreSQL in one statement:
 * assignments, members, network map, municipality and zone, and the assigned people (read from
 * the identity and network modules' tables by name, never written). Prepared under a name, so
 * each connection plans it once.
 */
export async function findFamilyFileParts(
  db: Executor,
  collaborationId: string,
  id: string,
): Promise<FamilyFileParts | null> {
  const f = families;
  const [row] = await db
    .select({
      family: f,
      assignments: sql<Json<AssignmentRow>[]>`(
        select coalesce(json_agg(json_build_object('id', a.id, 'collaborationId', a.collaboration_id,
          'familyId', a.family_id, 'userId', a.user_id, 'fromOn', a.from_on, 'toOn', a.to_on,
          'assignedBy', a.assigned_by, 'createdAt', a.created_at) order by a.from_on, a.created_at), '[]')
        from family_assignments a where a.family_id = "families"."id")`,
      members: sql<Json<MemberRow>[]>`(
        select coalesce(json_agg(json_build_object('id', m.id, 'collaborationId', m.collaboration_id,
          'familyId', m.family_id, 'role', m.role, 'givenName', m.given_name, 'familyName', m.family_name,
          'birthDate', m.birth_date, 'dueDate', m.due_date, 'version', m.version, 'createdAt', m.created_at)
          order by m.created_at, m.id), '[]')
        from family_members m where m.family_id = "families"."id")`,
      network: sql<Json<NetworkMemberRow>[]>`(
        select coalesce(json_agg(json_build_object('id', n.id, 'collaborationId', n.collaboration_id,
          'familyId', n.family_id, 'kind', n.kind, 'name', n.name, 'relation', n.relation,
          'organisation', n.organisation, 'role', n.role, 'contact', n.contact, 'since', n.since,
          'until', n.until, 'note', n.note, 'version', n.version, 'createdAt', n.created_at,
          'updatedAt', n.updated_at) order by n.kind, n.created_at, n.id), '[]')
        from network_members n where n.family_id = "families"."id")`,
      municipality: sql<FamilyFileParts['municipality']>`(
        select json_build_object('name', mu.name, 'zoneCode', z.code, 'zoneName', z.name)
        from municipalities mu join primary_care_zones z on z.code = mu.primary_care_zone_code
        where mu.nis_code = "families"."municipality_nis")`,
      people: sql<FamilyFileParts['people']>`(
        select coalesce(json_agg(json_build_object('id', u.id, 'displayName', u.display_name, 'roles', u.roles)), '[]')
        from users u where u.collaboration_id = "families"."collaboration_id"
          and u.id in (select a.user_id from family_assignments a where a.family_id = "families"."id"))`,
    })
    .from(f)
    .where(and(eq(f.collaborationId, sql.placeholder('collaborationId')), eq(f.id, sql.placeholder('id'))))
    .prepare('eenplan_family_file_parts')
    .execute({ collaborationId, id });
  if (!row) return null;
  const at = (value: string) => new Date(value);
  return {
    family: row.family,
    assignments: row.assignments.map((a) => ({ ...a, createdAt: at(a.createdAt) })),
    members: row.members.map((m) => ({ ...m, createdAt: at(m.createdAt) })),
    network: row.network.map((n) => ({ ...n, createdAt: at(n.createdAt), updatedAt: at(n.updatedAt) })),
    municipality: row.municipality,
    people: row.people,
  };
}

/**
 * R30: every file still holding personal data (not merged away, not destroyed), with what the
 * retention rule reckons with; all collaborations when none is named (the daily job).
 */
export async function listRetentionFacts(db: Executor, collaborationId?: string) {
  const files = await db
    .select({
      id: families.id,
      collaborationId: families.collaborationId,
      pseudonym: families.pseudonym,
      createdAt: families.createdAt,
    })
    .from(families)
    .where(
      and(
        isNull(families.mergedIntoId),
        isNull(families.destroyedOn),
        collaborationId ? eq(families.collaborationId, collaborationId) : undefined,
      ),
    )
    .orderBy(asc(families.id));
  return files;
}

/** R30: the one file about to be destroyed, locked; null once destroyed (the job runs again). */
export async function lockFileForDestruction(db: Executor, collaborationId: string, id: string) {
  const [row] = await db
    .select()
    .from(families)
    .where(
      and(eq(families.collaborationId, collaborationId), eq(families.id, id), isNull(families.destroyedOn)),
    )
    .for('update');
  return (row as FamilyRow | undefined) ?? null;
}

/**
 * R30 (ADR 047): what is left of a destroyed file is counting material. The network map goes;
 * members keep their role and year of birth; the file keeps its municipality (figures by region).
 */
export async function anonymiseFamilyRows(db: Executor, familyIds: string[], destroyedOn: string) {
  if (familyIds.length === 0) return { members: 0, networkMembers: 0 };
  const removed = await db
    .delete(networkMembers)
    .where(inArray(networkMembers.familyId, familyIds))
    .returning({ id: networkMembers.id });
  const members = await db
    .update(familyMembers)
    .set({
      givenName: null,
      familyName: null,
      birthYear: sql`extract(year from coalesce(${familyMembers.birthDate}, ${familyMembers.dueDate}))::int`,
      birthDate: null,
      dueDate: null,
      version: sql`${familyMembers.version} + 1`,
    })
    .where(inArray(familyMembers.familyId, familyIds))
    .returning({ id: familyMembers.id });
  await db
    .update(families)
    .set({ pseudonym: null, identifiedByName: null, destroyedOn })
    .where(inArray(families.id, familyIds));
  return { members: members.length, networkMembers: removed.length };
}

/** R31: the family agreed to be known; who recorded it and when. */
export async function markFamilyIdentified(
  db: Executor,
  input: { familyId: string; identifiedBy: string; identifiedByName: string; identifiedAt: Date },
) {
  await db
    .update(families)
    .set({
      pseudonym: null,
      identifiedAt: input.identifiedAt,
      identifiedBy: input.identifiedBy,
      identifiedByName: input.identifiedByName,
    })
    .where(eq(families.id, input.familyId));
}
