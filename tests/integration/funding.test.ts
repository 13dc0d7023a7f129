import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../src/domain/dates';
import { referralBody } from '../support/factories';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const thisYear = Number(todayIso().slice(0, 4));
let desk: Session;
let lead: Session;
let tenant: Awaited<ReturnType<typeof t.createTenant>>;

beforeAll(async () => {
  tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  lead = await tenant.as('leadPartner');
});

async function startOn(fundingLine: string, extra: Record<string, unknown> = {}) {
  const r = await desk.post(
    '/api/v1/referrals',
    referralBody({ fundingLine, receivedOn: `${thisYear}-01-02` }),
  );
  expect(r.status).toBe(201);
  return desk.post(`/api/v1/referrals/${r.body.id}/decision`, {
    outcome: 'started',
    decidedOn: `${thisYear}-01-05`,
    ...extra,
  });
}

describe('line rules at intake', () => {
  it('refuses a family-care referral for a 5-year-old, with the reason (R5)', async () => {
    const five = addDays(todayIso(), -5 * 366);
    const res = await desk.post(
      '/api/v1/referrals',
      referralBody({
        fundingLine: 'familyCare',
        receivedOn: todayIso(),
        family: { municipalityNis: '46021', members: [{ role: 'child', birthDate: five }] },
      }),
    );
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('FAMILY_CARE_NOT_ELIGIBLE');
    expect(res.body.error.details[0].field).toBe('family.members');
    expect(res.body.error.message).toContain('tot en met 3 jaar');
    const unborn = await desk.post(
      '/api/v1/referrals',
      referralBody({
        fundingLine: 'familyCare',
        receivedOn: todayIso(),
        family: { municipalityNis: '46021', members: [{ role: 'child', dueDate: addDays(todayIso(), 60) }] },
      }),
    );
    expect(unborn.status).toBe(201);
  });

  it('starts the 20th add-on trajectory and refuses the 21st (R6)', async () => {
    await t.db.execute(sql`
      insert into referrals (collaboration_id, reference, received_on, funding_line_id, registrant_organisation_kind,
        registrant_organisation_name, family_id, municipality_nis, primary_care_zone_code, is_outside_region,
        request_for_help, consent_to_refer, status, decided_on, created_by)
      select r.collaboration_id, 'AO-' || g, r.received_on, l.id, 'clb', 'CLB', r.family_id, r.municipality_nis,
        r.primary_care_zone_code, false, 'x', true, 'started', ${`${thisYear}-01-03`}, r.created_by
      from generate_series(1, 19) g, (select * from referrals where collaboration_id = ${tenant.collaboration.id} limit 1) r,
        funding_lines l where l.collaboration_id = ${tenant.collaboration.id} and l.code = 'addOn'`);
    const twentieth = await startOn('addOn');
    expect(twentieth.status).toBe(200);
    const twentyFirst = await startOn('addOn');
    expect(twentyFirst.status).toBe(422);
    expect(twentyFirst.body.error.code).toBe('FUNDING_LINE_CAP_REACHED');
    expect(twentyFirst.body.error.message).toContain('20');
    // Refused means not started: the referral is still waiting for an answer.
    const overview = await lead.get(`/api/v1/reports/funding?year=${thisYear}`);
    expect(overview.body.lines.find((l: { code: string }) => l.code === 'addOn')).toMatchObject({
      started: 20,
      capTrajectories: 20,
      pricePerTrajectoryCents: 150_000,
    });
  });

  it('past the crisis quota, starts only with a reason and counts the signal (R4)', async () => {
    await lead.put(`/api/v1/funding-lines/crisisFollowUp/years/${thisYear}`, {
      budgetCents: 0,
      targetTrajectories: 1,
    });
    expect((await startOn('crisisFollowUp')).status).toBe(200);
    const noReason = await startOn('crisisFollowUp');
    expect([noReason.status, noReason.body.error.code]).toEqual([422, 'OVER_QUOTA_REASON_REQUIRED']);
    const r = await desk.post(
      '/api/v1/referrals',
      referralBody({ fundingLine: 'crisisFollowUp', receivedOn: `${thisYear}-01-06` }),
    );
    expect(r.body.overQuota).toBe(true); // flagged to the coordinator from receipt
    const accepted = await desk.post(`/api/v1/referrals/${r.body.id}/decision`, {
      outcome: 'started',
      decidedOn: `${thisYear}-01-07`,
      overQuotaReason: 'Jongere terug na crisisopname; geen andere hulp beschikbaar.',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.decision.overQuotaReason).toContain('crisisopname');
    const figures = await desk.get(
      `/api/v1/reports/figures?from=${thisYear}-01-01&to=${thisYear}-12-31&fundingLine=crisisFollowUp`,
    );
    expect(figures.body.overQuotaSignals).toBe(2);
  });
});

describe('money per line', () => {
  it('tracks budget, committed, spent and left in cents, and the competence split (R7)', async () => {
    const put = await lead.put(`/api/v1/funding-lines/familyCare/years/${thisYear}`, {
      budgetCents: 4_000_000,
      coordinationBudgetCents: 2_500_000,
      trainingBudgetCents: 1_500_000,
      countsAs: ['hours', 'training', 'coordination'],
    });
    expect(put.status).toBe(200);
    await lead.post('/api/v1/funding-lines/familyCare/spending', {
      year: thisYear,
      category: 'coordination',
      status: 'spent',
      amountCents: 1_000_050,
      bookedOn: `${thisYear}-03-01`,
      description: 'Coördinatie Q1',
    });
    await lead.post('/api/v1/funding-lines/familyCare/spending', {
      year: thisYear,
      category: 'training',
      status: 'committed',
      amountCents: 300_000,
      bookedOn: `${thisYear}-04-01`,
      description: 'Intervisie najaar',
    });
    const line = (await lead.get(`/api/v1/reports/funding?year=${thisYear}`)).body.lines.find(
      (l: { code: string }) => l.code === 'familyCare',
    );
    expect(line).toMatchObject({
      budgetCents: 4_000_000,
      spentCents: 1_000_050,
      committedCents: 300_000,
      // Left is what is neither spent nor committed (domain/line-money).
      leftCents: 2_699_950,
      // The year's settings come back whole, so a form that changes the budget keeps them.
      countsAs: ['hours', 'training', 'coordination'],
    });
    expect(line.competence).toEqual({
      coordination: { budgetCents: 2_500_000, spentCents: 1_000_050 },
      training: { budgetCents: 1_500_000, spentCents: 0 },
    });

    const tooMuch = await lead.put(`/api/v1/funding-lines/familyCare/years/${thisYear}`, {
      budgetCents: 100,
      coordinationBudgetCents: 90,
      trainingBudgetCents: 20,
    });
    expect(tooMuch.body.error.code).toBe('COMPETENCE_SPLIT_ABOVE_BUDGET');
    const wrongYear = await lead.post('/api/v1/funding-lines/familyCare/spending', {
      year: thisYear,
      category: 'hours',
      status: 'spent',
      amountCents: 5,
      bookedOn: `${thisYear - 1}-12-31`,
      description: 'x',
    });
    expect(wrongYear.body.error.code).toBe('SPENDING_OUTSIDE_YEAR');
  });

  it('warns about the volunteers line ending, and starts nothing on it after its end (R8)', async () => {
    const line = (await lead.get(`/api/v1/reports/funding?year=${thisYear}`)).body.lines.find(
      (l: { code: string }) => l.code === 'volunteers',
    );
    expect(line.endsOn).toBe('2026-12-31');
    expect(line.isEndingSoon).toBe(todayIso() >= '2026-10-01' && todayIso() <= '2026-12-31');

    // A referral received while the line ran, then the line ends: it may not start on it any more,
    // and nothing new is registered on it.
    const received = addDays(todayIso(), -20);
    const referral = await desk.post(
      '/api/v1/referrals',
      referralBody({ fundingLine: 'volunteers', receivedOn: received }),
    );
    expect(referral.status).toBe(201);
    await t.db.execute(
      sql`update funding_lines set ends_on = ${addDays(todayIso(), -10)} where collaboration_id = ${tenant.collaboration.id} and code = 'volunteers'`,
    );
    const started = await desk.post(`/api/v1/referrals/${referral.body.id}/decision`, { outcome: 'started' });
    expect([started.status, started.body.error?.code]).toEqual([422, 'FUNDING_LINE_ENDED']);
    const waiting = await desk.post(`/api/v1/referrals/${referral.body.id}/decision`, {
      outcome: 'waitingList',
    });
    expect(waiting.status).toBe(200);
    const late = await desk.post(
      '/api/v1/referrals',
      referralBody({ fundingLine: 'volunteers', receivedOn: todayIso() }),
    );
    expect([late.status, late.body.error.code]).toEqual([422, 'FUNDING_LINE_ENDED']);
    await t.db.execute(
      sql`update funding_lines set ends_on = '2026-12-31' where collaboration_id = ${tenant.collaboration.id} and code = 'volunteers'`,
    );
  });

  it('gives residual money of a closed year to a pilot, never more than is left (R12)', async () => {
    const last = thisYear - 1;
    await lead.put(`/api/v1/funding-lines/regular/years/${last}`, { budgetCents: 1_000_000 });
    await lead.post('/api/v1/funding-lines/regular/spending', {
      year: last,
      category: 'staffModules',
      status: 'spent',
      amountCents: 800_000,
      bookedOn: `${last}-06-30`,
      description: 'Modules',
    });
    const tooMuch = await lead.post('/api/v1/funding/pilots', {
      name: 'Proeftuin',
      fundingLine: 'regular',
      fromYear: last,
      amountCents: 200_001,
      startsOn: `${thisYear}-01-01`,
      endsOn: `${thisYear}-12-31`,
    });
    expect([tooMuch.status, tooMuch.body.error.code]).toEqual([422, 'RESIDUAL_FUNDS_INSUFFICIENT']);
    const ok = await lead.post('/api/v1/funding/pilots', {
      name: 'Proeftuin bijschakelen',
      fundingLine: 'regular',
      fromYear: last,
      amountCents: 200_000,
      startsOn: `${thisYear}-01-01`,
      endsOn: `${thisYear}-12-31`,
    });
    expect(ok.status).toBe(201);
    const again = await lead.post('/api/v1/funding/pilots', {
      name: 'Nog een',
      fundingLine: 'regular',
      fromYear: last,
      amountCents: 1,
      startsOn: `${thisYear}-01-01`,
      endsOn: `${thisYear}-12-31`,
    });
    expect(again.body.error.code).toBe('RESIDUAL_FUNDS_INSUFFICIENT');
    const current = await lead.post('/api/v1/funding/pilots', {
      name: 'Te vroeg',
      fundingLine: 'regular',
      fromYear: thisYear,
      amountCents: 1,
      startsOn: `${thisYear}-01-01`,
      endsOn: `${thisYear}-12-31`,
    });
    expect(current.body.error.code).toBe('YEAR_NOT_CLOSED');
    const overview = await lead.get(`/api/v1/reports/funding?year=${last}`);
    expect(overview.body).toMatchObject({ isYearClosed: true });
    expect(overview.body.lines.find((l: { code: string }) => l.code === 'regular')).toMatchObject({
      leftCents: 200_000,
      pilotsCents: 200_000,
    });
    expect(overview.body.pilots[0]).toMatchObject({ name: 'Proeftuin bijschakelen', fundingLine: 'regular' });
  });
});

describe('allocation per primary-care zone (R13)', () => {
  it('imports zone data and allocates a budget; the collaboration’s budget is the sum of its zones', async () => {
    const csv =
      'zone_code,population_under_25,deprivation_index\nelz57,30000,1.0\nelz29,30000,1.4\nelz13,90000,"1,2"\n';
    expect((await lead.post('/api/v1/funding/zone-data/2026', csv)).body).toEqual({ imported: 3 });
    const res = await lead.get('/api/v1/funding/allocation?year=2026&budgetCents=1000000');
    expect(res.status).toBe(200);
    const byZone = Object.fromEntries(
      res.body.zones.map((z: { zoneCode: string; amountCents: number }) => [z.zoneCode, z.amountCents]),
    );
    expect(byZone.elz57 + byZone.elz29 + byZone.elz13).toBe(1_000_000);
    expect(res.body.collaborationBudgetCents).toBe(byZone.elz57 + byZone.elz29);
    expect(res.body.zones.find((z: { zoneCode: string }) => z.zoneCode === 'elz57')).toMatchObject({
      zoneName: 'Waasland ZW',
      isServed: true,
    });
    const bad = await lead.post(
      '/api/v1/funding/zone-data/2026',
      'zone_code,population_under_25,deprivation_index\nelz57,-3,1\n',
    );
    expect([bad.status, bad.body.error.details.line]).toEqual([422, 2]);
    expect(
      (await lead.get('/api/v1/funding/allocation?year=2026&budgetCents=1000000')).body.zones,
    ).toHaveLength(3);
  });

  it('money is read by the steering group, managed by the lead partner only', async () => {
    const steering = await tenant.as('steeringMember');
    expect((await steering.get(`/api/v1/reports/funding?year=${thisYear}`)).status).toBe(200);
    expect(
      (await steering.put(`/api/v1/funding-lines/regular/years/${thisYear}`, { budgetCents: 1 })).status,
    ).toBe(403);
    expect((await (await tenant.as('coach')).get(`/api/v1/reports/funding?year=${thisYear}`)).status).toBe(
      403,
    );
  });
});

describe('the quarterly overview for the steering group (R6)', () => {
  it('shows the add-on trajectories per quarter with what they commit, the cap left and the spending', async () => {
    const book = (amountCents: number, bookedOn: string) =>
      lead.post('/api/v1/funding-lines/addOn/spending', {
        year: thisYear,
        category: 'trajectories',
        status: 'spent',
        amountCents,
        bookedOn,
        description: 'Bijschakeltraject',
      });
    expect((await book(300_000, `${thisYear}-05-10`)).status).toBe(201);
    expect((await book(150_000, `${thisYear}-12-31`)).status).toBe(201);
    const steering = await tenant.as('steeringMember');
    const res = await steering.get(`/api/v1/reports/funding/quarters?year=${thisYear}`);
    expect(res.status).toBe(200);
    const addOn = res.body.lines.find((l: { code: string }) => l.code === 'addOn');
    // The twenty add-ons of the test above all started in January.
    expect(addOn.quarters).toEqual([
      { quarter: 1, started: 20, cumulative: 20, committedCents: 3_000_000, capLeft: 0, spentCents: 0 },
      { quarter: 2, started: 0, cumulative: 20, committedCents: 0, capLeft: 0, spentCents: 300_000 },
      { quarter: 3, started: 0, cumulative: 20, committedCents: 0, capLeft: 0, spentCents: 0 },
      { quarter: 4, started: 0, cumulative: 20, committedCents: 0, capLeft: 0, spentCents: 150_000 },
    ]);
    // Lines without a cap or a price (crisis follow-up counts against a target) are not in it.
    expect(res.body.lines.map((l: { code: string }) => l.code)).toEqual(['addOn']);
    const partner = await tenant.as('partnerReferrer');
    expect((await partner.get('/api/v1/reports/funding/quarters')).status).toBe(403);
  });
});

describe('the ledger of a line: bookings and their cancellation', () => {
  it('cancels a wrong booking with a reason: out of the totals, kept in the ledger', async () => {
    const year = thisYear;
    const spent = async () =>
      (await lead.get(`/api/v1/reports/funding?year=${year}`)).body.lines.find(
        (l: { code: string }) => l.code === 'volunteers',
      ).spentCents as number;
    const before = await spent();
    const booked = await lead.post('/api/v1/funding-lines/volunteers/spending', {
      year,
      category: 'training',
      status: 'spent',
      amountCents: 99_900,
      bookedOn: `${year}-03-03`,
      description: 'Dubbel geboekte factuur',
    });
    expect(booked.status).toBe(201);
    expect(await spent()).toBe(before + 99_900);
    const ledger = await lead.get(`/api/v1/funding-lines/volunteers/spending?year=${year}`);
    const entry = ledger.body.find(
      (e: { description: string }) => e.description === 'Dubbel geboekte factuur',
    );
    expect(entry).toMatchObject({
      amountCents: 99_900,
      bookedByName: lead.user.displayName,
      cancelled: null,
    });

    const url = `/api/v1/funding-lines/volunteers/spending/${entry.id}/cancel`;
    expect((await lead.post(url, { reason: '' })).status).toBe(400);
    const steering = await tenant.as('steeringMember');
    expect((await steering.get(`/api/v1/funding-lines/volunteers/spending?year=${year}`)).status).toBe(200);
    expect((await steering.post(url, { reason: 'x' })).status).toBe(403);
    const stranger = await (await t.createTenant()).as('leadPartner');
    expect((await stranger.post(url, { reason: 'x' })).status).toBe(404);
    expect(
      (await lead.post(`/api/v1/funding-lines/addOn/spending/${entry.id}/cancel`, { reason: 'x' })).status,
    ).toBe(404);

    const cancelled = await lead.post(url, { reason: 'Factuur twee keer ingeboekt' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.cancelled).toMatchObject({ reason: 'Factuur twee keer ingeboekt' });
    expect(await spent()).toBe(before);
    const again = await lead.post(url, { reason: 'nog eens' });
    expect([again.status, again.body.error.code]).toEqual([409, 'SPENDING_ALREADY_CANCELLED']);
    const after = await lead.get(`/api/v1/funding-lines/volunteers/spending?year=${year}`);
    expect(after.body.find((e: { id: string }) => e.id === entry.id).cancelled.byName).toBe(
      lead.user.displayName,
    );
  });
});
