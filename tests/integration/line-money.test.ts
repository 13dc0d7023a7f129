// Issue #10, point 3: one definition of money (src/domain/line-money.ts). The funding overview,
// the quarterly view, a line's figures (lineUse) and their CSV report the same committed, spent
// and left for the same line and year; and a pilot (R12) is never paid from euros that started
// add-on trajectories already hold (R6).
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/domain/dates';
import { referralBody } from '../support/factories';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const thisYear = Number(todayIso().slice(0, 4));
const lastYear = thisYear - 1;
let tenant: Awaited<ReturnType<typeof t.createTenant>>;
let desk: Session;
let lead: Session;

beforeAll(async () => {
  tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  lead = await tenant.as('leadPartner');
  for (const year of [lastYear, thisYear])
    await lead.put(`/api/v1/funding-lines/addOn/years/${year}`, {
      budgetCents: 3_000_000,
      capTrajectories: 20,
      pricePerTrajectoryCents: 150_000,
      countsAs: ['trajectories'],
    });
});

type Money = { committedCents: number; spentCents: number; leftCents: number };
const pick = ({ committedCents, spentCents, leftCents }: Money): Money => ({
  committedCents,
  spentCents,
  leftCents,
});

/** Committed, spent and left of a line's year as each view reports it. */
async function everyView(code: string, year: number) {
  const overview = (await lead.get(`/api/v1/reports/funding?year=${year}`)).body.lines.find(
    (l: { code: string }) => l.code === code,
  );
  const quarterly = (await lead.get(`/api/v1/reports/funding/quarters?year=${year}`)).body.lines.find(
    (l: { code: string }) => l.code === code,
  );
  const period = `from=${year}-01-01&to=${year}-12-31&fundingLine=${code}`;
  const figures = (await desk.get(`/api/v1/reports/figures?${period}`)).body.lineUse;
  const csv = (await desk.get(`/api/v1/reports/figures.csv?${period}`)).text;
  const fromCsv = (key: string) => Number(csv.match(new RegExp(`lineUse\\.${key},${year},(-?\\d+)`))?.[1]);
  return {
    overview: pick(overview),
    quarterly: pick(quarterly.year),
    lineUse: pick(figures),
    csv: {
      committedCents: fromCsv('committedCents'),
      spentCents: fromCsv('spentCents'),
      leftCents: fromCsv('leftCents'),
    },
    startsCommitted: {
      overview: overview.startsCommittedCents,
      quarters: quarterly.quarters.reduce(
        (s: number, q: { committedCents: number }) => s + q.committedCents,
        0,
      ),
    },
    started: { overview: overview.started, quarterly: quarterly.year.started, lineUse: figures.started },
  };
}

function expectAllViews(views: Awaited<ReturnType<typeof everyView>>, money: Money) {
  expect(views.overview).toEqual(money);
  expect(views.quarterly).toEqual(money);
  expect(views.lineUse).toEqual(money);
  expect(views.csv).toEqual(money);
}

const book = (year: number, status: 'committed' | 'spent', amountCents: number) =>
  lead.post('/api/v1/funding-lines/addOn/spending', {
    year,
    category: 'trajectories',
    status,
    amountCents,
    bookedOn: `${year}-06-30`,
    description: 'Bijschakeltrajecten',
  });

describe('committed, spent and left of a line: the same in every view', () => {
  it('R6: twenty add-on starts commit € 30.000,00 in every view, before anything is booked', async () => {
    await desk.post('/api/v1/referrals', referralBody({ receivedOn: `${lastYear}-01-02` }));
    await t.db.execute(sql`
      insert into referrals (collaboration_id, reference, received_on, funding_line_id, registrant_organisation_kind,
        registrant_organisation_name, family_id, municipality_nis, primary_care_zone_code, is_outside_region,
        request_for_help, consent_to_refer, status, decided_on, created_by)
      select r.collaboration_id, 'AO-' || g, ${`${lastYear}-02-01`}, l.id, 'clb', 'CLB', r.family_id, r.municipality_nis,
        r.primary_care_zone_code, false, 'x', true, 'started', ${`${lastYear}-02-03`}, r.created_by
      from generate_series(1, 20) g, (select * from referrals where collaboration_id = ${tenant.collaboration.id} limit 1) r,
        funding_lines l where l.collaboration_id = ${tenant.collaboration.id} and l.code = 'addOn'`);
    const views = await everyView('addOn', lastYear);
    expectAllViews(views, { committedCents: 3_000_000, spentCents: 0, leftCents: 0 });
    expect(views.startsCommitted).toEqual({ overview: 3_000_000, quarters: 3_000_000 });
    expect(views.started).toEqual({ overview: 20, quarterly: 20, lineUse: 20 });
  });

  it('R12: a pilot cannot be paid from money the add-on starts committed', async () => {
    const pilot = await lead.post('/api/v1/funding/pilots', {
      name: 'Proeftuin uit bijschakelgeld',
      fundingLine: 'addOn',
      fromYear: lastYear,
      amountCents: 100_000,
      startsOn: `${thisYear}-01-01`,
      endsOn: `${thisYear}-12-31`,
    });
    expect([pilot.status, pilot.body.error.code]).toEqual([422, 'RESIDUAL_FUNDS_INSUFFICIENT']);
    expect(pilot.body.error.details[0].field).toBe('amountCents');
    expect((await everyView('addOn', lastYear)).overview).toMatchObject({ leftCents: 0 });
  });

  it('paying started trajectories moves money from committed to spent, never counted twice', async () => {
    expect((await book(lastYear, 'spent', 750_000)).status).toBe(201); // 5 of the 20 invoiced
    const views = await everyView('addOn', lastYear);
    expectAllViews(views, { committedCents: 2_250_000, spentCents: 750_000, leftCents: 0 });
    expect(views.startsCommitted.overview).toBe(3_000_000);
  });

  it('this year: starts, a booked commitment and spending agree in every view', async () => {
    for (const day of ['01-10', '02-10']) {
      const r = await desk.post(
        '/api/v1/referrals',
        referralBody({ fundingLine: 'addOn', receivedOn: `${thisYear}-${day}` }),
      );
      expect(
        (
          await desk.post(`/api/v1/referrals/${r.body.id}/decision`, {
            outcome: 'started',
            decidedOn: `${thisYear}-${day}`,
          })
        ).status,
      ).toBe(200);
    }
    await book(thisYear, 'spent', 150_000); // the first one invoiced
    await book(thisYear, 'committed', 150_000); // the second one ordered, the same euros as its start
    const views = await everyView('addOn', thisYear);
    expectAllViews(views, { committedCents: 150_000, spentCents: 150_000, leftCents: 2_700_000 });
    expect(views.started).toEqual({ overview: 2, quarterly: 2, lineUse: 2 });
    expect(views.startsCommitted).toEqual({ overview: 300_000, quarters: 300_000 });
  });
});
