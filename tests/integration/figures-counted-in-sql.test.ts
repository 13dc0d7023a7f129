// ADR 041: the intake figures are counted in PostgreSQL. On a varied set of referrals, the
// figures the app answers equal those the domain's own definition (computeIntakeFigures) gives
// for the same referrals, for several periods and lines.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeIntakeFigures, type FigureInput } from '../../src/domain/intake-figures';
import { referralBody } from '../support/factories';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
let desk: Session;
let collaborationId: string;

beforeAll(async () => {
  const tenant = await t.createTenant();
  collaborationId = tenant.collaboration.id;
  desk = await tenant.as('coordinator');
  const first = await desk.post('/api/v1/referrals', referralBody({ receivedOn: '2024-01-03' }));
  expect(first.status).toBe(201);
  // 1,500 referrals over three years: every status, reasons, lines, zones (some none), partners
  // they came through, decisions 0–40 days later, a few over quota.
  await t.db.execute(sql`
    insert into referrals (collaboration_id, reference, received_on, funding_line_id, registrant_organisation_kind,
      registrant_organisation_name, referred_through_kind, family_id, municipality_nis, primary_care_zone_code,
      is_outside_region, request_for_help, consent_to_refer, status, decided_on, decision_reason_code, over_quota,
      created_by)
    select r.collaboration_id, 'AM-B-' || g, date '2024-01-01' + (g * 7919 % 1090),
      (select id from funding_lines f where f.collaboration_id = r.collaboration_id
        order by f.code offset g % 2 limit 1),
      (array['clb','caw','cgg','ocmw','school'])[1 + g % 5], 'Partner',
      case when g % 3 = 0 then (array['naft','clb'])[1 + g % 2] end,
      r.family_id, r.municipality_nis, case when g % 11 = 0 then null else (array['elz57','elz29','elz9'])[1 + g % 3] end,
      false, 'help', true,
      (array['received','started','notStarted','waitingList'])[1 + g % 4],
      case when g % 4 = 0 then null else date '2024-01-01' + (g * 7919 % 1090) + (g * 31 % 41) end,
      case when g % 4 = 2 and g % 7 <> 0 then (array['noCapacity','familyDeclined','other'])[1 + g % 3] end,
      g % 13 = 0, r.created_by
    from referrals r, generate_series(1, 1500) g where r.id = ${first.body.id}`);
});

async function referralsOf(filter: { from?: string; to?: string; line?: string }): Promise<FigureInput[]> {
  const rows = await t.db.execute<FigureInput>(sql`
    select r.received_on as "receivedOn", r.status, r.decided_on as "decidedOn",
      r.decision_reason_code as "notStartedReason", r.registrant_organisation_kind as "registrantKind",
      r.referred_through_kind as "referredThroughKind", r.primary_care_zone_code as "primaryCareZone",
      r.over_quota as "overQuota"
    from referrals r join funding_lines f on f.id = r.funding_line_id
    where r.collaboration_id = ${collaborationId}
      and (${filter.from ?? null}::date is null or r.received_on >= ${filter.from ?? null}::date)
      and (${filter.to ?? null}::date is null or r.received_on <= ${filter.to ?? null}::date)
      and (${filter.line ?? null}::text is null or f.code = ${filter.line ?? null}::text)`);
  return rows.rows;
}

describe('intake figures counted in the database (ADR 041)', () => {
  it.each<{ from?: string; to?: string }>([
    {},
    { from: '2025-01-01', to: '2025-12-31' },
    { from: '2024-03-15', to: '2024-04-02' },
    { from: '2026-06-01', to: '2026-06-30' },
  ])('equal the domain definition for the period %o, all lines and each line', async (period) => {
    const lines = (
      await t.db.execute<{ code: string }>(
        sql`select code from funding_lines where collaboration_id = ${collaborationId} order by code limit 2`,
      )
    ).rows.map((r) => r.code);
    for (const line of [undefined, ...lines]) {
      const query = new URLSearchParams({ ...period, ...(line ? { fundingLine: line } : {}) } as Record<
        string,
        string
      >);
      const res = await desk.get(`/api/v1/reports/figures?${query}`);
      expect(res.status).toBe(200);
      const expected = computeIntakeFigures(await referralsOf({ ...period, line }), period);
      const { zoneNames, suppressed, period: answeredPeriod, lineUse, ...figures } = res.body;
      expect(suppressed).toBe(false);
      expect(figures).toEqual(expected);
      if (!line && !('from' in period)) expect(figures.received).toBe(1501);
    }
  });
});
