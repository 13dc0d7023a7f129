import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, gte, inArray, lte, max, type SQL, sql } from 'drizzle-orm';
import type { OrganisationKind } from '../../../contracts/network';
import { type IntakeFigureCounts, noIntakeFigureCounts } from '../../../domain/intake-figures';
import type { ReferralStatus } from '../../../domain/referral-decision';
import { referralScope } from '../../../domain/roles';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { notStartedReasons, referenceCounters, referrals } from './intake.schema';

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

/**
 * A new referral, its reference numbered and its audit rows written, in one statement (ADR 041):
 * the counter's upsert and the audit insert are CTEs of the referral's insert. The reference
 * comes from the counter of the collaboration and year: its row lock holds registrations of that
 * collaboration back only from here to the commit, and the number is an integer, so AM-2026-10000
 * follows AM-2026-9999 (lpad never cuts: it pads to at least four digits). `audit` builds the
 * audit insert from the referral's id and its details (the reference, as an SQL expression).
 */
export async function insertNumberedReferral(
  db: Executor,
  values: Omit<typeof referrals.$inferInsert, 'id' | 'reference'>,
  audit: (referral: { id: string; details: SQL }) => SQL,
): Promise<ReferralRow> {
  const year = Number(values.receivedOn.slice(0, 4));
  const id = randomUUID();
  const counter = db.$with('counter').as(
    db
      .insert(referenceCounters)
      .values({ collaborationId: values.collaborationId, year, lastNumber: 1 })
      .onConflictDoUpdate({
        target: [referenceCounters.collaborationId, referenceCounters.year],
        set: { lastNumber: sql`${referenceCounters.lastNumber} + 1` },
      })
      .returning({ lastNumber: referenceCounters.lastNumber }),
  );
  const reference = sql`(select ${`AM-${year}-`} || lpad(last_number::text, greatest(4, length(last_number::text)), '0') from ${counter})`;
  const audited = db
    .$with('audited', {})
    .as(audit({ id, details: sql`jsonb_build_object('reference', ${reference})` }));
  const [row] = await db
    .with(counter, audited)
    .insert(referrals)
    .values({ ...values, id, reference })
    .returning();
  return row as ReferralRow;
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

type FigureCountRow = { dim: string; key: string | null; n: number; value: number | null };

/**
 * The counts of the intake figures, aggregated in PostgreSQL in one statement (ADR 041): the rows
 * never travel to the app, and no loop over them blocks the event loop. Keys are those of
 * countIntakeFigures (domain/intake-figures), which defines them; a test holds the two together.
 */
export async function countReferralsForFigures(
  db: Executor,
  visible: SQL,
  filters: ReferralFilters,
): Promise<IntakeFigureCounts> {
  const result = await db.execute<FigureCountRow>(sql`
    with r as materialized (
      select ${referrals.receivedOn} as received_on, ${referrals.status} as status,
        ${referrals.decidedOn} as decided_on, ${referrals.decisionReasonCode} as reason,
        ${referrals.registrantOrganisationKind} as registrant, ${referrals.referredThroughKind} as through,
        ${referrals.primaryCareZoneCode} as zone, ${referrals.overQuota} as over_quota
      from ${referrals} where ${filterClause(visible, filters)}
    )
    select 'status' as dim, status as key, count(*)::int as n, null::float8 as value from r group by status
    union all select 'month', to_char(received_on, 'YYYY-MM'), count(*)::int, null from r group by 2
    union all select 'reason', reason, count(*)::int, null from r
      where status = 'notStarted' and reason is not null group by reason
    union all select 'registrant', registrant, count(*)::int, null from r where registrant is not null group by registrant
    union all select 'through', through, count(*)::int, null from r where through is not null group by through
    union all select 'zone', zone, count(*)::int, null from r where zone is not null group by zone
    union all select 'overQuota', null, count(*)::int, null from r where over_quota
    union all select 'first', min(received_on)::text, count(*)::int, null from r
    union all select 'last', max(received_on)::text, count(*)::int, null from r
    union all select 'median', null, count(*)::int,
      percentile_cont(0.5) within group (order by decided_on - received_on) from r where decided_on is not null
    union all select 'p90', null, count(*)::int,
      percentile_cont(0.9) within group (order by decided_on - received_on) from r where decided_on is not null
    order by 1, 2`);
  const counts = noIntakeFigureCounts();
  const byStatus: Partial<Record<string, number>> = {};
  const records: Record<string, Record<string, number>> = {
    month: counts.receivedByMonth,
    reason: counts.notStartedByReason,
    registrant: counts.byRegistrantKind,
    through: counts.byReferredThrough,
    zone: counts.byPrimaryCareZone,
  };
  for (const { dim, key, n, value } of result.rows) {
    const record = records[dim];
    if (record && key !== null) record[key] = n;
    else if (dim === 'status' && key !== null) byStatus[key] = n;
    else if (dim === 'overQuota') counts.overQuotaSignals = n;
    else if (dim === 'first') counts.firstReceivedOn = key;
    else if (dim === 'last') counts.lastReceivedOn = key;
    else if (dim === 'median') counts.answerDays.median = value;
    else if (dim === 'p90') counts.answerDays.p90 = value;
  }
  counts.started = byStatus.started ?? 0;
  counts.notStarted = byStatus.notStarted ?? 0;
  counts.waiting = byStatus.waitingList ?? 0;
  counts.open = byStatus.received ?? 0;
  counts.received = Object.values(byStatus).reduce((sum: number, n) => sum + (n ?? 0), 0);
  return counts;
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
