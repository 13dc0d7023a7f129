import { and, asc, count, desc, eq, gte, inArray, lte, max, type SQL, sql } from 'drizzle-orm';
import type { OrganisationKind } from '../../../contracts/network';
import type { ReferralStatus } from '../../../domain/referral-decision';
import { referralScope } from '../../../domain/roles';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { notStartedReasons, referrals } from './intake.schema';

export type ReferralRow = typeof referrals.$inferSelect;

/**
 * The referrals an actor reaches, as a WHERE clause: always within their own collaboration
 * (another tenant's referral simply does not exist for them), and within it by relationship.
 */
export function referralsVisibleTo(actor: Actor): SQL {
  const tenant = eq(referrals.collaborationId, actor.collaborationId);
  switch (referralScope(actor.roles)) {
    case 'collaboration':
      return tenant;
    case 'registeredByMe':
      return and(tenant, eq(referrals.createdBy, actor.userId)) as SQL;
    case 'registeredByMyOrganisation':
      return and(
        tenant,
        actor.organisationId
          ? eq(referrals.registrantOrganisationId, actor.organisationId)
          : eq(referrals.createdBy, actor.userId),
      ) as SQL;
    default:
      return sql`false`;
  }
}

/** Every referral of the collaboration: for counting material that names no one (figures, R22). */
export function referralsOfCollaboration(collaborationId: string): SQL {
  return eq(referrals.collaborationId, collaborationId);
}

export type ReferralFilters = {
  status?: ReferralStatus;
  fundingLineId?: string;
  zone?: string;
  registrantKind?: OrganisationKind;
  from?: string;
  to?: string;
};

function filterClause(visible: SQL, f: ReferralFilters): SQL | undefined {
  return and(
    visible,
    f.status ? eq(referrals.status, f.status) : undefined,
    f.fundingLineId ? eq(referrals.fundingLineId, f.fundingLineId) : undefined,
    f.zone ? eq(referrals.primaryCareZoneCode, f.zone) : undefined,
    f.registrantKind ? eq(referrals.registrantOrganisationKind, f.registrantKind) : undefined,
    f.from ? gte(referrals.receivedOn, f.from) : undefined,
    f.to ? lte(referrals.receivedOn, f.to) : undefined,
  );
}

export async function insertReferral(db: Executor, values: typeof referrals.$inferInsert) {
  const [row] = await db.insert(referrals).values(values).returning();
  return row as ReferralRow;
}

/** The next human reference of the year, AM-2026-0042; serialised per collaboration. */
export async function nextReference(db: Executor, collaborationId: string, year: string): Promise<string> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`referral-ref:${collaborationId}`}))`);
  const prefix = `AM-${year}-`;
  const [row] = await db
    .select({ last: max(referrals.reference) })
    .from(referrals)
    .where(
      and(eq(referrals.collaborationId, collaborationId), sql`${referrals.reference} like ${`${prefix}%`}`),
    );
  const last = row?.last ? Number(row.last.slice(prefix.length)) : 0;
  return `${prefix}${String(last + 1).padStart(4, '0')}`;
}

export async function findReferral(
  db: Executor,
  visible: SQL,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  const query = db
    .select()
    .from(referrals)
    .where(and(visible, eq(referrals.id, id)));
  const [row] = await (options.forUpdate ? query.for('update') : query);
  return row ?? null;
}

export async function listReferrals(
  db: Executor,
  visible: SQL,
  filters: ReferralFilters,
  page: { limit: number; offset: number },
) {
  const where = filterClause(visible, filters);
  // Open referrals first, oldest first (they wait longest for an answer), then the rest newest first.
  const rows = await db
    .select()
    .from(referrals)
    .where(where)
    .orderBy(
      sql`case when ${referrals.status} = 'received' then 0 else 1 end`,
      sql`case when ${referrals.status} = 'received' then ${referrals.receivedOn} end asc`,
      desc(referrals.receivedOn),
      asc(referrals.reference),
    )
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: count() }).from(referrals).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function listReferralsForFigures(db: Executor, visible: SQL, filters: ReferralFilters) {
  return db
    .select({
      receivedOn: referrals.receivedOn,
      status: referrals.status,
      decidedOn: referrals.decidedOn,
      notStartedReason: referrals.decisionReasonCode,
      registrantKind: referrals.registrantOrganisationKind,
      referredThroughKind: referrals.referredThroughKind,
      primaryCareZone: referrals.primaryCareZoneCode,
      overQuota: referrals.overQuota,
    })
    .from(referrals)
    .where(filterClause(visible, filters));
}

export async function updateReferral(
  db: Executor,
  id: string,
  values: Partial<typeof referrals.$inferInsert>,
) {
  const [row] = await db
    .update(referrals)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(referrals.id, id))
    .returning();
  return row as ReferralRow;
}

/** How often each family was referred before, and when last: context for a duplicate review. */
export async function referralHistoryOf(db: Executor, collaborationId: string, familyIds: string[]) {
  if (familyIds.length === 0) return new Map<string, { count: number; lastReceivedOn: string | null }>();
  const rows = await db
    .select({ familyId: referrals.familyId, n: count(), last: max(referrals.receivedOn) })
    .from(referrals)
    .where(and(eq(referrals.collaborationId, collaborationId), inArray(referrals.familyId, familyIds)))
    .groupBy(referrals.familyId);
  return new Map(rows.map((r) => [r.familyId, { count: r.n, lastReceivedOn: r.last }]));
}

/** Referrals started on a line in a calendar year (by decision date): quota and cap use (R4 R6). */
export async function countStartedOnLine(
  db: Executor,
  collaborationId: string,
  fundingLineId: string,
  year: number,
) {
  const [row] = await db
    .select({ n: count() })
    .from(referrals)
    .where(
      and(
        eq(referrals.collaborationId, collaborationId),
        eq(referrals.fundingLineId, fundingLineId),
        eq(referrals.status, 'started'),
        gte(referrals.decidedOn, `${year}-01-01`),
        lte(referrals.decidedOn, `${year}-12-31`),
      ),
    );
  return row?.n ?? 0;
}

export async function listReasons(db: Executor, collaborationId: string) {
  return db
    .select()
    .from(notStartedReasons)
    .where(and(eq(notStartedReasons.collaborationId, collaborationId), eq(notStartedReasons.isActive, true)))
    .orderBy(asc(notStartedReasons.sortOrder));
}

export async function moveReferralsToFamily(
  db: Executor,
  collaborationId: string,
  fromId: string,
  toId: string,
) {
  await db
    .update(referrals)
    .set({ familyId: toId, updatedAt: sql`now()` })
    .where(and(eq(referrals.collaborationId, collaborationId), eq(referrals.familyId, fromId)));
}

/**
 * R30 (ADR 047): a destroyed file's referrals stay as counting material — dates, line, status,
 * reasons, registrant's kind and organisation, zone — and lose every word about the family and
 * the registrant's contact person.
 */
export async function anonymiseReferralsOf(db: Executor, familyIds: string[]) {
  if (familyIds.length === 0) return 0;
  const rows = await db
    .update(referrals)
    .set({
      requestForHelp: '',
      decisionNote: null,
      overQuotaReason: null,
      registrantContactName: null,
      registrantContactEmail: null,
      registrantContactPhone: null,
      updatedAt: sql`now()`,
    })
    .where(inArray(referrals.familyId, familyIds))
    .returning({ id: referrals.id });
  return rows.length;
}

/**
 * Per line in a year: starts and over-quota signals, both in the year of start (domain/line-starts:
 * a started referral counts in the year of its decision; one that never started signals the year
 * it arrived).
 */
export async function lineUseOfYear(db: Executor, collaborationId: string, year: number) {
  const signalYear = sql`extract(year from case when ${referrals.status} = 'started' then ${referrals.decidedOn} else ${referrals.receivedOn} end)`;
  const rows = await db
    .select({
      fundingLineId: referrals.fundingLineId,
      started:
        sql<number>`count(*) filter (where ${referrals.status} = 'started' and extract(year from ${referrals.decidedOn}) = ${year})`.mapWith(
          Number,
        ),
      signals:
        sql<number>`count(*) filter (where ${referrals.overQuota} and ${signalYear} = ${year})`.mapWith(
          Number,
        ),
    })
    .from(referrals)
    .where(eq(referrals.collaborationId, collaborationId))
    .groupBy(referrals.fundingLineId);
  return new Map(rows.map((r) => [r.fundingLineId, { started: r.started, overQuotaSignals: r.signals }]));
}

// ── Facts for the family's journey (trajectories read them through index.ts) ──────────────
export async function listReferralsOfFamilies(db: Executor, collaborationId: string, familyIds: string[]) {
  if (familyIds.length === 0) return [];
  return db
    .select()
    .from(referrals)
    .where(and(eq(referrals.collaborationId, collaborationId), inArray(referrals.familyId, familyIds)))
    .orderBy(desc(referrals.receivedOn), desc(referrals.reference));
}

export async function listReferralsWithStatus(
  db: Executor,
  collaborationId: string,
  status: ReferralStatus,
  decided?: { from?: string; to?: string },
) {
  return db
    .select()
    .from(referrals)
    .where(
      and(
        eq(referrals.collaborationId, collaborationId),
        eq(referrals.status, status),
        decided?.from ? gte(referrals.decidedOn, decided.from) : undefined,
        decided?.to ? lte(referrals.decidedOn, decided.to) : undefined,
      ),
    )
    .orderBy(asc(referrals.receivedOn), asc(referrals.reference));
}

/** R6: referrals started on each line per quarter of a year (by decision date). */
export async function lineStartsByQuarter(db: Executor, collaborationId: string, year: number) {
  const quarter = sql<number>`extract(quarter from ${referrals.decidedOn})::int`;
  const rows = await db
    .select({ fundingLineId: referrals.fundingLineId, quarter, started: count() })
    .from(referrals)
    .where(
      and(
        eq(referrals.collaborationId, collaborationId),
        eq(referrals.status, 'started'),
        gte(referrals.decidedOn, `${year}-01-01`),
        lte(referrals.decidedOn, `${year}-12-31`),
      ),
    )
    .groupBy(referrals.fundingLineId, quarter);
  return rows.map((r) => ({ ...r, quarter: Number(r.quarter) }));
}

/** Referrals on one line with one of these statuses, oldest first (R23: the coaches' waiting list). */
export async function listReferralsOnLine(
  db: Executor,
  collaborationId: string,
  fundingLineId: string,
  statuses: ReferralStatus[],
) {
  return db
    .select()
    .from(referrals)
    .where(
      and(
        eq(referrals.collaborationId, collaborationId),
        eq(referrals.fundingLineId, fundingLineId),
        inArray(referrals.status, statuses),
      ),
    )
    .orderBy(asc(referrals.receivedOn), asc(referrals.reference));
}

export async function insertNotStartedReasons(
  db: Executor,
  values: (typeof notStartedReasons.$inferInsert)[],
) {
  await db.insert(notStartedReasons).values(values);
}
